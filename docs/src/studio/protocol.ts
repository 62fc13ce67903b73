/** The messages between the studio page and its worker. */
import type { Diagnostic, Regulation } from '@sanding/data';
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
      /** null when it is the same as the last one sent: the page keeps it and re-renders nothing. */
      readonly regulation: Regulation | null;
      readonly diagnostics: readonly Diagnostic[];
      /** Lines that landed nowhere in the data. */
      readonly unplaced: readonly number[];
    }
  | {
      readonly kind: 'authored';
      readonly seq: number;
      /** null when it is the same as the last one sent. */
      readonly regulation: Regulation | null;
      readonly json: string;
      readonly diagnostics: readonly Diagnostic[];
      readonly problems: readonly string[];
    }
  | { readonly kind: 'published'; readonly seq: number; readonly json: string; readonly problems: readonly string[] };
