// The directory as its lazily loaded modules (panel.ts, filter.ts) see it: the state that
// opening a division, following a link and filtering read and change. Those modules are the
// directory's own code, split off so that its first render downloads less. Types only: a module
// that both the first render and a lazy one import at run time becomes a chunk of its own, one
// more download (and less compression) for the first render.
import type { html, nothing } from 'lit';
import type { Duty, Regulation } from '@sanding/data';
import type { Strings, UiLanguage } from '../i18n/index.js';
import type * as filterModule from './filter.js';
import type { Matches } from './filter.js';
import type { Range } from '../shared/runs.js';

/**
 * Lit's functions, handed to the lazy modules by the directory: a lazy module that imported Lit
 * would move Lit out of the first-render chunk into a chunk of its own.
 */
export interface Lit {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
}

/** A filter run that completed. */
export interface Filter {
  readonly query: string;
  readonly matches: Matches;
  /** The lazily loaded filter module. */
  readonly module: typeof filterModule;
  /** `text` with `ranges` in <mark>, rendered as text. */
  readonly highlight: (text: string, ranges: readonly Range[] | undefined) => unknown;
}

export interface DirectoryInternals extends HTMLElement {
  readonly data: Regulation | undefined;
  readonly language: UiLanguage;
  readonly strings: Pick<Strings, 'common' | 'directory'>;
  readonly deepLinks: boolean;
  readonly remember: 'session' | 'off';
  readonly renderRoot: ShadowRoot;
  readonly lit: Lit;
  readonly updateComplete: Promise<boolean>;
  filter: string;
  applied: Filter | undefined;
  /** Counts filter runs: a run that another has overtaken is dropped. */
  runs: number;
  readonly openIds: ReadonlySet<string>;
  /** How many divisions are rendered (a long list renders in chunks). */
  shown: number;
  /** How far down the list the filter is shown (filter.ts applies it a chunk of rows at a time); undefined: every row. */
  filtered: number | undefined;
  requestUpdate(): void;
  announcement: string;
  /** A division `open()` asked for before the data had loaded. */
  pendingOpen: string | undefined;
  setOpenIds(ids: ReadonlySet<string>): void;
  /** The duties a division carries out. */
  duties(divisionId: string): readonly Duty[];
  storageKey(regulationId: string): string;
}
