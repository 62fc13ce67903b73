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
        const text = tidy(ideographs(await pdfText(await file.arrayBuffer())));
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

/**
 * CJK fonts often map common characters to radical code points in a PDF's text layer, so that
 * 大 comes out as the Kangxi radical ⼤ (U+2F24) and 民 as ⺠ (U+2EA0): seen in PDFs that
 * Chromium prints. Those become the ideographs again (Kangxi radicals and compatibility
 * ideographs by NFKC, the few supplement radicals that have no decomposition by this table);
 * nothing else in the text is touched.
 */
const RADICALS: Readonly<Record<string, string>> = {
  '⺠': '民',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻛': '风',
  '⻜': '飞',
  '⻢': '马',
  '⻬': '齐',
  '⻩': '黄',
  '⻘': '青',
  '⻝': '食',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻚': '页',
  '⻄': '西',
};

function ideographs(text: string): string {
  return text.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/g, (c) => RADICALS[c] ?? c.normalize('NFKC'));
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
    let full = false;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = pageLines(await (await pdf.getPage(n)).getTextContent());
      const [first, ...rest] = page.lines;
      // A paragraph that runs over the page break continues on the next page.
      if (full && first !== undefined && lines.length && !STARTS_PROVISION.test(first))
        lines[lines.length - 1] += first;
      else if (first !== undefined) lines.push(first);
      lines.push(...rest);
      full = page.lastIsFull;
    }
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

/** A line that starts an article or an item never continues the line before it. */
const STARTS_PROVISION = /^\s*(?:第[一二三四五六七八九十百零〇]+[条條]|[（(][一二三四五六七八九十]+[）)])/;

/**
 * A page's lines, with the lines that a long paragraph wrapped onto joined again. A line
 * continues the one before when that one reaches the right edge of the text (justified Chinese
 * text ends flush), the gap between them is the page's usual line pitch (paragraphs are set
 * apart by more), and it does not start an article or an item.
 */
function pageLines(content: { items: readonly object[] }): { lines: string[]; lastIsFull: boolean } {
  const lines: { text: string; right: number; y: number }[] = [];
  let text = '';
  let right = 0;
  let y: number | undefined;
  for (const item of content.items as readonly TextItem[]) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.str) {
      right = Math.max(right, (item.transform[4] ?? 0) + item.width);
      y ??= item.transform[5] ?? 0;
    }
    if (item.hasEOL) {
      lines.push({ text, right, y: y ?? 0 });
      text = '';
      right = 0;
      y = undefined;
    }
  }
  if (text) lines.push({ text, right, y: y ?? 0 });
  const edge = Math.max(0, ...lines.map((l) => l.right));
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y);
  const pitch = Math.min(...gaps.filter((gap) => gap > 0));
  // Within about two characters of the edge: a full line.
  const em = 24;
  const joined: string[] = [];
  const full = (line: { right: number } | undefined): boolean => line !== undefined && line.right >= edge - em;
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const continues =
      before !== undefined && full(before) && before.y - line.y <= pitch * 1.15 && !STARTS_PROVISION.test(line.text);
    if (continues && joined.length) joined[joined.length - 1] += line.text;
    else joined.push(line.text);
  });
  return { lines: joined, lastIsFull: full(lines[lines.length - 1]) };
}
