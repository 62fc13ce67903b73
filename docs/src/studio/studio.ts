/**
 * Sanding Studio: the page's controller. It holds the draft (the text, the id and the forms),
 * sends the text to the worker as typing pauses, shows what came back, and keeps the draft in
 * IndexedDB. Registers the components through the package's published entry point, as a portal.
 */
import '@sanding/elements';
import { mergeRegulation, type Diagnostic, type Regulation } from '@sanding/data';
import type { ValidationIssue } from '@sanding/data/validate';
import type * as Validate from '@sanding/data/validate';
import { render } from 'lit';
import { diagnosticMeaning } from './messages';
import { DraftStore } from './draft-store';
import { StudioEditor } from './editor';
import { authorInputs, emptyContact, emptyForms, emptyLeader, formIssues, formsFrom, type FormsDraft } from './forms';
import type { Rejection } from './limits';
import type { AuthorInputs } from './pipeline';
import { decodeText, openFile, parseJson, type FileProblem } from './read-file';
import { TextReader } from './reader-client';
import { preferredLanguage, STRINGS, STUDIO_LANGUAGES, type StudioLanguage, type StudioStrings } from './strings';
import { studioView, type Message, type ViewActions } from './view';

/** What survives a reload. */
interface Draft {
  readonly text: string;
  readonly id: string;
  readonly forms: FormsDraft;
  readonly lang: StudioLanguage;
  readonly published?: { readonly regulation: Regulation; readonly from: string };
  readonly savedAt: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Typing pauses this long before the text is read, and before the draft is saved. */
const READ_DELAY = 250;
const SAVE_DELAY = 500;
/**
 * The four components re-render the whole regulation when they get a new one: that waits until
 * typing has paused this long, so that it never lands between two keystrokes.
 */
const PREVIEW_DELAY = 700;
/**
 * What the worker sends back is shown once typing has paused this long, and never while an input
 * method is composing: on a large text, showing it is work that would otherwise land between two
 * keystrokes (or disturb a composition).
 */
const TYPING_PAUSE = 300;

type Notice = { error: boolean; message: Message } | undefined;

/** The schema check, loaded once the forms or published data need it. */
const validator = (): Promise<typeof Validate> => import('@sanding/data/validate');

function problemMessage(problem: FileProblem | Rejection, name: string): Message {
  switch (problem.reason) {
    case 'too-large':
      return (s) => s.tooLarge((problem.bytes / 1048576).toFixed(1), 8);
    case 'binary':
      return (s) => s.binary;
    case 'not-utf8':
      return (s) => s.notUtf8;
    case 'pdf-no-text':
      return (s) => s.pdfNoText;
    case 'not-json':
      return (s) => s.jsonNotJson(name);
    case 'unknown-type':
      return (s) => s.unknownFileType(name);
    case 'unreadable':
      return (s) => s.unreadable(name, problem.detail);
  }
}

export class Studio {
  readonly #root: HTMLElement;
  readonly #store = new DraftStore<Draft>();
  readonly #editorHost = document.createElement('div');
  #editor!: StudioEditor;
  #reader!: TextReader;

  #lang: StudioLanguage = preferredLanguage(navigator.languages);
  #id = '';
  #forms: FormsDraft = emptyForms();
  #published: { regulation: Regulation; from: string } | undefined;
  /** The parser's last view of the text, and the authored data. */
  #parsed: Regulation | undefined;
  #authored: Regulation | undefined;
  /** What the components show; see `#showPreviewSoon`. */
  #preview: Regulation | undefined;
  #open = new Set<string>();
  #diagnostics: readonly Diagnostic[] = [];
  #problems: readonly string[] = [];
  #issues: ReadonlyMap<string, ValidationIssue> = new Map();
  #inputNotice: Notice;
  #outputNotice: Notice;
  #storageNotice: Message | undefined;

  /** Bumped on every edit: the diagnostics of an older text are not put on the newer one. */
  #version = 0;
  #readVersion = 0;
  #readTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #renderQueued = false;
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  #typedAt = -Infinity;
  /** The worker's newest answers of each kind, waiting for typing to pause. */
  readonly #waiting = new Map<'read' | 'authored', () => void>();
  #waitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#editorHost.className = 'studio-editor';
  }

  get #s(): StudioStrings {
    return STRINGS[this.#lang];
  }

  async start(): Promise<void> {
    const draft = await this.#store.load();
    if (draft) {
      this.#id = draft.id;
      this.#forms = draft.forms;
      if (STUDIO_LANGUAGES.includes(draft.lang)) this.#lang = draft.lang;
      this.#published = draft.published;
      const savedAt = new Date(draft.savedAt).toLocaleString(this.#lang);
      this.#inputNotice = { error: false, message: (s) => s.draftRestored(savedAt) };
    }
    this.#render();
    this.#editor = new StudioEditor({
      parent: this.#editorHost,
      text: draft?.text ?? '',
      label: this.#s.editorLabel,
      onChange: () => this.#textChanged(),
      onRejected: (rejection) => this.#notify(problemMessage(rejection, ''), true),
    });
    this.#reader = new TextReader({
      read: (regulation, diagnostics, unplaced) =>
        this.#whenTypingPauses('read', () => this.#read(regulation, diagnostics, unplaced)),
      authored: (regulation, problems) =>
        this.#whenTypingPauses('authored', () => {
          if (regulation) this.#authored = JSON.parse(regulation) as Regulation;
          this.#problems = problems;
          this.#render();
        }),
      failed: () => this.#notify((s) => s.workerFailed, true),
    });
    if (this.#published) void this.#updatePublished();
    else if (this.#editor.text) this.#readNow();
  }

  // ---- the text ----

  #textChanged(): void {
    this.#version++;
    this.#typedAt = performance.now();
    if (this.#previewTimer !== undefined) this.#showPreviewSoon();
    clearTimeout(this.#readTimer);
    this.#readTimer = setTimeout(() => this.#readNow(), READ_DELAY);
    this.#saveSoon();
  }

  /** Runs `show` now, or once typing pauses; a newer answer of the same kind replaces a waiting one. */
  #whenTypingPauses(kind: 'read' | 'authored', show: () => void): void {
    this.#waiting.set(kind, show);
    if (this.#waitTimer === undefined) this.#showWaiting();
  }

  #showWaiting(): void {
    this.#waitTimer = undefined;
    const wait = this.#typedAt + TYPING_PAUSE - performance.now();
    if (wait > 0 || this.#editor.view.composing) {
      this.#waitTimer = setTimeout(() => this.#showWaiting(), Math.max(wait, 50));
      return;
    }
    // In the order the worker sent them: the parser's view, then the authored data.
    for (const kind of ['read', 'authored'] as const) {
      const show = this.#waiting.get(kind);
      this.#waiting.delete(kind);
      show?.();
    }
  }

  #readNow(): void {
    clearTimeout(this.#readTimer);
    this.#readVersion = this.#version;
    this.#reader.read(this.#editor.text, this.#parseId, this.#inputs);
  }

  /** The id the data gets: the id field's, or `regulation` (the parser's default) until it is valid. */
  get #parseId(): string {
    return SLUG.test(this.#id) ? this.#id : 'regulation';
  }

  get #inputs(): AuthorInputs {
    return authorInputs(this.#forms);
  }

  #read(regulation: string | null, diagnostics: readonly Diagnostic[], unplaced: readonly number[]): void {
    if (regulation) this.#parsed = JSON.parse(regulation) as Regulation;
    this.#diagnostics = diagnostics;
    if (this.#readVersion === this.#version) {
      const lang = this.#lang;
      this.#editor.showDiagnostics(diagnostics, (d) => {
        const meaning = diagnosticMeaning(lang, d.code);
        return meaning ? `${meaning}\n${d.message}` : d.message;
      });
      this.#editor.markUnplaced(unplaced, this.#s.unplacedLine);
    }
    void this.#checkForms();
    this.#render();
  }

  // ---- the forms ----

  async #checkForms(): Promise<void> {
    const base = this.#published ? this.#published.regulation : this.#parsed;
    if (!base) return;
    const { validateRegulation } = await validator();
    this.#issues = formIssues(base, this.#forms, validateRegulation);
    this.#render();
  }

  #formsChanged(): void {
    void this.#checkForms();
    if (this.#published) void this.#updatePublished();
    else {
      clearTimeout(this.#readTimer);
      this.#readTimer = setTimeout(() => this.#readNow(), READ_DELAY);
    }
    this.#saveSoon();
    this.#render();
  }

  /** Published data with the forms' leaders and contacts in place of its own. */
  async #updatePublished(): Promise<void> {
    const published = this.#published;
    if (!published) return;
    const { leaders: _leaders, contacts: _contacts, ...rest } = published.regulation;
    const merged = mergeRegulation({ ...rest, leaders: [] }, this.#inputs.overlay ?? {});
    const { validateRegulation } = await validator();
    const checked = validateRegulation(merged);
    this.#authored = merged;
    this.#problems = checked.ok ? [] : checked.issues.map((i) => `${i.path}: ${i.message}`);
    void this.#checkForms();
    this.#render();
  }

  // ---- input ----

  async #openFile(file: File): Promise<void> {
    this.#notify((s) => s.reading(file.name), false);
    const opened = await openFile(file);
    if (opened.kind === 'problem') this.#notify(problemMessage(opened.problem, file.name), true);
    else if (opened.kind === 'json') await this.#openPublished(opened.value, file.name);
    else {
      this.#leavePublished();
      if (!this.#id) this.#id = slugOf(file.name);
      this.#editor.setText(opened.text);
      const characters = opened.text.length;
      this.#notify((s) => s.opened(file.name, characters), false);
    }
  }

  async #openUrl(url: string): Promise<void> {
    this.#notify((s) => s.reading(url), false);
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const opened = decodeText(new Uint8Array(await response.arrayBuffer()));
      if (opened.kind === 'problem') this.#notify(problemMessage(opened.problem, url), true);
      else {
        const json = opened.kind === 'text' ? parseJson(opened.text) : opened;
        if (json.kind === 'json') await this.#openPublished(json.value, url);
        else if (json.kind === 'problem') this.#notify(problemMessage(json.problem, url), true);
      }
    } catch (error) {
      const reason = (error as Error).message || String(error);
      this.#notify((s) => s.urlFailed(url, reason), true);
    }
  }

  async #openPublished(value: unknown, from: string): Promise<void> {
    const { validateRegulation } = await validator();
    const checked = validateRegulation(value);
    if (!checked.ok) {
      const issues = checked.issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ');
      this.#notify((s) => s.jsonInvalid(from, issues), true);
      return;
    }
    this.#published = { regulation: checked.regulation, from };
    this.#forms = formsFrom(checked.regulation);
    this.#id = checked.regulation.id;
    this.#inputNotice = undefined;
    await this.#updatePublished();
    this.#saveSoon();
  }

  #leavePublished(): void {
    if (!this.#published) return;
    this.#published = undefined;
    this.#authored = undefined;
    this.#forms = emptyForms();
    this.#problems = [];
    this.#readNow();
    this.#saveSoon();
    this.#render();
  }

  #notify(message: Message, error: boolean): void {
    this.#inputNotice = { error, message };
    this.#render();
  }

  // ---- output ----

  get #regulation(): Regulation | undefined {
    if (this.#published) return this.#authored ?? this.#published.regulation;
    return this.#authored ?? this.#parsed;
  }

  get #scripts(): ('zh-Hans' | 'zh-Hant')[] {
    const regulation = this.#regulation;
    if (!regulation) return ['zh-Hans'];
    const other = regulation.lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
    return this.#published ? [regulation.lang] : [regulation.lang, other];
  }

  #fileName(script: string): string {
    return `${this.#parseId}.${script}.json`;
  }

  async #download(script: 'zh-Hans' | 'zh-Hant'): Promise<void> {
    const regulation = this.#regulation;
    if (!regulation) return;
    this.#outputNotice = { error: false, message: (s) => s.preparing };
    this.#render();
    let json: string;
    if (this.#published) json = `${JSON.stringify(regulation, null, 2)}\n`;
    else {
      const convertTo = script === regulation.lang ? {} : { convertTo: script };
      const published = await this.#reader.publish(this.#editor.text, this.#parseId, { ...this.#inputs, ...convertTo });
      json = published.json;
      this.#problems = published.problems;
    }
    const file = this.#fileName(script);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#outputNotice = { error: false, message: (s) => s.downloaded(file) };
    this.#render();
  }

  get #snippet(): string {
    const script = this.#scripts[0] ?? 'zh-Hans';
    return `<script type="module" src="/assets/sanding-elements.js"></script>\n<sanding-division-directory src="/data/${this.#fileName(script)}"></sanding-division-directory>`;
  }

  async #copySnippet(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#snippet);
      this.#outputNotice = { error: false, message: (s) => s.copied };
    } catch {
      this.#outputNotice = { error: true, message: (s) => s.copyFailed };
    }
    this.#render();
  }

  // ---- the draft ----

  #saveSoon(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#save(), SAVE_DELAY);
  }

  async #save(): Promise<void> {
    const outcome = await this.#store.save({
      text: this.#editor.text,
      id: this.#id,
      forms: this.#forms,
      lang: this.#lang,
      ...(this.#published ? { published: this.#published } : {}),
      savedAt: new Date().toISOString(),
    });
    const notice: Message | undefined =
      outcome === 'quota'
        ? (s) => s.quotaExceeded
        : outcome === 'unavailable'
          ? (s) => s.storageUnavailable
          : undefined;
    if (notice !== this.#storageNotice && (notice || this.#storageNotice)) {
      this.#storageNotice = notice;
      this.#render();
    }
  }

  #startOver(): void {
    this.#root.querySelector('dialog')?.showModal();
  }

  async #confirmStartOver(): Promise<void> {
    this.#root.querySelector('dialog')?.close();
    clearTimeout(this.#saveTimer);
    await this.#store.clear();
    this.#published = undefined;
    this.#authored = undefined;
    this.#parsed = undefined;
    this.#preview = undefined;
    this.#forms = emptyForms();
    this.#id = '';
    this.#problems = [];
    this.#diagnostics = [];
    this.#issues = new Map();
    this.#inputNotice = undefined;
    this.#outputNotice = undefined;
    this.#editor.setText('');
    this.#editor.view.focus();
    this.#render();
  }

  // ---- rendering ----

  readonly #actions: ViewActions = {
    language: (lang) => {
      this.#lang = lang;
      this.#editor.setLabel(this.#s.editorLabel);
      this.#saveSoon();
      this.#render();
    },
    id: (value) => {
      this.#id = value.trim();
      this.#formsChanged();
    },
    openFile: (file) => void this.#openFile(file),
    openUrl: (url) => void this.#openUrl(url),
    leavePublished: () => this.#leavePublished(),
    goTo: (d: Diagnostic) => this.#editor.moveTo(d.line, d.column),
    toggle: (key, open) => {
      if (open === this.#open.has(key)) return;
      if (open) this.#open.add(key);
      else this.#open.delete(key);
      this.#render();
    },
    formsChanged: () => this.#formsChanged(),
    addLeader: () => {
      this.#forms.leaders.push(emptyLeader());
      this.#formsChanged();
    },
    removeLeader: (i) => {
      this.#forms.leaders.splice(i, 1);
      this.#formsChanged();
    },
    addContact: () => {
      this.#forms.contacts.push(emptyContact());
      this.#formsChanged();
    },
    removeContact: (i) => {
      this.#forms.contacts.splice(i, 1);
      this.#formsChanged();
    },
    download: (script) => void this.#download(script),
    copySnippet: () => void this.#copySnippet(),
    startOver: () => this.#startOver(),
    confirmStartOver: () => void this.#confirmStartOver(),
  };

  /** Hands the newest data to the components once typing has paused (at once when none is shown). */
  #showPreviewSoon(): void {
    clearTimeout(this.#previewTimer);
    const show = (): void => {
      this.#previewTimer = undefined;
      this.#preview = this.#regulation;
      this.#render();
    };
    if (!this.#preview) show();
    else this.#previewTimer = setTimeout(show, PREVIEW_DELAY);
  }

  #render(): void {
    if (this.#regulation !== this.#preview && this.#previewTimer === undefined) this.#showPreviewSoon();
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#root.lang = this.#lang;
      render(
        studioView(
          {
            lang: this.#lang,
            s: this.#s,
            id: this.#id,
            idValid: this.#id === '' || SLUG.test(this.#id),
            forms: this.#forms,
            published: this.#published,
            regulation: this.#regulation,
            preview: this.#regulation && this.#preview,
            formDivisions: (this.#published?.regulation ?? this.#parsed)?.divisions ?? [],
            open: this.#open,
            diagnostics: this.#published ? [] : this.#diagnostics,
            problems: this.#problems,
            issues: this.#issues,
            inputNotice: this.#inputNotice,
            storageNotice: this.#storageNotice,
            outputNotice: this.#outputNotice,
            scripts: this.#scripts,
            embedSnippet: this.#snippet,
          },
          this.#actions,
          this.#editorHost,
        ),
        this.#root,
      );
    });
  }
}

/** `Dalian STB.docx` → `dalian-stb`, as `sanding parse` names a file's data. */
function slugOf(name: string): string {
  return name
    .replace(/\..*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const root = document.querySelector<HTMLElement>('[data-studio]');
if (root) void new Studio(root).start();
