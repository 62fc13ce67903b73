/** The messages between the studio page and its worker. */
import type { Diagnostic } from '@sanding/data';
import type { AuthorInputs } from './pipeline';

export type ToWorker =
  | {
      readonly kind: 'read';
      readonly seq: number;
      readonly text: string;
      readonly id: string;
      readonly inputs: AuthorInputs;
    }
  | {
      readonly kind: 'publish';
      readonly seq: number;
      readonly text: string;
      readonly id: string;
      readonly inputs: AuthorInputs;
    };

export type FromWorker =
  | {
      readonly kind: 'read';
      readonly seq: number;
      /**
       * The parser's Regulation as JSON (a string crosses to the page as one copy, and the page
       * parses it only once typing pauses); null when it is the same as the last one sent: the
       * page keeps it and re-renders nothing.
       */
      readonly regulation: string | null;
      readonly diagnostics: readonly Diagnostic[];
      /** Lines that landed nowhere in the data. */
      readonly unplaced: readonly number[];
    }
  | {
      readonly kind: 'authored';
      readonly seq: number;
      /** The publishable Regulation as JSON; null when it is the same as the last one sent. */
      readonly regulation: string | null;
      readonly problems: readonly string[];
    }
  | { readonly kind: 'published'; readonly seq: number; readonly json: string; readonly problems: readonly string[] };
