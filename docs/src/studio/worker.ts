/**
 * The studio's Web Worker: parsing never runs on the page's thread, so typing never waits for it.
 * Requests that arrive while one is running replace each other: only the newest text is read.
 * Downloads are never dropped.
 */
import { author, readText, type AuthorInputs } from './pipeline';
import type { FromWorker, ToWorker } from './protocol';

let pending: Extract<ToWorker, { kind: 'read' }> | undefined;
let scheduled = false;

const post = (message: FromWorker): void => postMessage(message);

/** The last data sent of each kind, as JSON: an edit that changes nothing re-renders nothing. */
let lastRead = '';
let lastAuthored = '';

/** Lets the messages already queued arrive. */
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function readPending(): Promise<void> {
  scheduled = false;
  const request = pending;
  pending = undefined;
  if (!request) return;
  const { seq, text, id, inputs } = request;
  const { regulation, diagnostics, coverage } = readText(text, id);
  const read = JSON.stringify(regulation);
  const unplaced = coverage.unplaced.map((u) => u.line);
  post({ kind: 'read', seq, regulation: read === lastRead ? null : read, diagnostics, unplaced });
  lastRead = read;
  // A newer text arrived while this one was parsed: author that one instead.
  await yieldToMessages();
  if (pending) return;
  const authored = await author(text, id, inputs);
  const { json, problems } = authored;
  post({ kind: 'authored', seq, regulation: json === lastAuthored ? null : json, problems });
  lastAuthored = authored.json;
}

async function publish(seq: number, text: string, id: string, inputs: AuthorInputs): Promise<void> {
  const { json, problems } = await author(text, id, inputs);
  post({ kind: 'published', seq, json, problems });
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const request = event.data;
  if (request.kind === 'publish') {
    void publish(request.seq, request.text, request.id, request.inputs);
    return;
  }
  pending = request;
  if (!scheduled) {
    scheduled = true;
    // After the messages already queued: a burst of edits is read once, as its last text.
    setTimeout(() => void readPending(), 0);
  }
});
