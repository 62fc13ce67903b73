/**
 * The page's side of the worker: sends the newest text, hands back what the worker read, and
 * answers downloads with a promise.
 */
import type { Diagnostic } from '@sanding/data';
import type { AuthorInputs } from './pipeline';
import type { FromWorker, ToWorker } from './protocol';
import { startWorker } from './trusted-types';
import workerUrl from './worker?worker&url';

export interface ReaderEvents {
  /**
   * The parser's view of the newest text, as JSON: quick, for the diagnostics and the structure.
   * null: unchanged.
   */
  read(regulation: string | null, diagnostics: readonly Diagnostic[], unplaced: readonly number[]): void;
  /** The publishable data of the newest text and inputs, as JSON. null: unchanged. */
  authored(regulation: string | null, problems: readonly string[]): void;
  /** The worker could not start or stopped. */
  failed(): void;
}

export class TextReader {
  readonly #worker: Worker;
  #seq = 0;
  #downloadSeq = 0;
  readonly #downloads = new Map<number, (result: { json: string; problems: readonly string[] }) => void>();

  constructor(events: ReaderEvents) {
    this.#worker = startWorker(workerUrl, 'sanding-studio');
    this.#worker.addEventListener('error', () => events.failed());
    this.#worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === 'published') {
        this.#downloads.get(message.seq)?.(message);
        this.#downloads.delete(message.seq);
      } else if (message.seq === this.#seq) {
        if (message.kind === 'read') events.read(message.regulation, message.diagnostics, message.unplaced);
        else events.authored(message.regulation, message.problems);
      }
    });
  }

  /** Reads a text; only the answer to the newest request is delivered. */
  read(text: string, id: string, inputs: AuthorInputs): void {
    this.#send({ kind: 'read', seq: ++this.#seq, text, id, inputs });
  }

  /** The publishable JSON of a text with its inputs. */
  publish(text: string, id: string, inputs: AuthorInputs): Promise<{ json: string; problems: readonly string[] }> {
    const seq = ++this.#downloadSeq;
    return new Promise((resolve) => {
      this.#downloads.set(seq, resolve);
      this.#send({ kind: 'publish', seq, text, id, inputs });
    });
  }

  #send(message: ToWorker): void {
    this.#worker.postMessage(message);
  }
}
