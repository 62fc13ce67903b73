/**
 * Opening a file: a text file directly, a Word file through mammoth, a PDF through pdf.js (both
 * loaded only when such a file is opened), a published Regulation JSON as data to update. Every
 * way a file can be wrong becomes a message, never an exception.
 */
import { MAX_TEXT_BYTES, rejectText } from './limits';
import { startWorker } from './trusted-types';

export type Opened =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'problem'; readonly problem: FileProblem };

export type FileProblem =
  | { readonly reason: 'too-large'; readonly bytes: number }
  | { readonly reason: 'binary' | 'not-utf8' | 'pdf-no-text' | 'not-json' | 'unknown-type' }
  | { readonly reason: 'unreadable'; readonly detail: string };

const extensionOf = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Lines as the parser expects them, one article or item per line, with LF ends. */
function tidy(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function checked(text: string): Opened {
  const rejection = rejectText(text);
  return rejection ? { kind: 'problem', problem: rejection } : { kind: 'text', text };
}

export async function openFile(file: File): Promise<Opened> {
  if (file.size > MAX_TEXT_BYTES * 4) return { kind: 'problem', problem: { reason: 'too-large', bytes: file.size } };
  const extension = extensionOf(file.name);
  try {
    switch (extension) {
      case 'txt':
      case 'text':
        return decodeText(new Uint8Array(await file.arrayBuffer()));
      case 'json': {
        const opened = decodeText(new Uint8Array(await file.arrayBuffer()));
        return opened.kind === 'text' ? parseJson(opened.text) : opened;
      }
      case 'docx':
        return checked(tidy(await docxText(await file.arrayBuffer())));
      case 'pdf': {
        const text = tidy(await pdfText(await file.arrayBuffer()));
        return text ? checked(text) : { kind: 'problem', problem: { reason: 'pdf-no-text' } };
      }
      default:
        return { kind: 'problem', problem: { reason: 'unknown-type' } };
    }
  } catch (error) {
    return { kind: 'problem', problem: { reason: 'unreadable', detail: (error as Error).message || String(error) } };
  }
}

/** UTF-8 bytes as text; NUL bytes or invalid UTF-8 are reported, not guessed at. */
export function decodeText(bytes: Uint8Array): Opened {
  if (bytes.length > MAX_TEXT_BYTES) return { kind: 'problem', problem: { reason: 'too-large', bytes: bytes.length } };
  if (bytes.includes(0)) return { kind: 'problem', problem: { reason: 'binary' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'problem', problem: { reason: 'not-utf8' } };
  }
  return checked(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

export function parseJson(text: string): Opened {
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'problem', problem: { reason: 'not-json' } };
  }
}

/** The text of a .docx, paragraph by paragraph. */
async function docxText(buffer: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ arrayBuffer: buffer });
  // mammoth ends every paragraph with a blank line; the parser wants one paragraph a line.
  return value.replace(/\n\n/g, '\n');
}

/**
 * The text layer of a PDF, one line per line of the page. pdf.js's worker is started through the
 * studio's Trusted Types policy; no eval.
 */
async function pdfText(buffer: ArrayBuffer): Promise<string> {
  const [pdfjs, { default: workerUrl }] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  const worker = startWorker(workerUrl, 'pdfjs');
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  const task = pdfjs.getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: false });
  try {
    const pdf = await task.promise;
    const lines: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) lines.push(...pageLines(await (await pdf.getPage(n)).getTextContent()));
    return lines.join('\n');
  } finally {
    await task.destroy();
    worker.terminate();
  }
}

interface TextItem {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly width: number;
  readonly transform: readonly number[];
}

/**
 * A page's lines, with the lines that a long paragraph wrapped onto joined again: a line that
 * reaches the right edge of the text continues on the next.
 */
function pageLines(content: { items: readonly object[] }): string[] {
  const lines: { text: string; right: number }[] = [];
  let text = '';
  let right = 0;
  for (const item of content.items as readonly TextItem[]) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.str) right = Math.max(right, (item.transform[4] ?? 0) + item.width);
    if (item.hasEOL) {
      lines.push({ text, right });
      text = '';
      right = 0;
    }
  }
  if (text) lines.push({ text, right });
  const edge = Math.max(0, ...lines.map((l) => l.right));
  // Within about two characters of the edge: a full line. Justified Chinese text ends flush.
  const em = 24;
  const joined: string[] = [];
  let wrapped = false;
  for (const line of lines) {
    if (wrapped && joined.length) joined[joined.length - 1] += line.text;
    else joined.push(line.text);
    wrapped = line.right >= edge - em && line.text.length > 10;
  }
  return joined;
}
