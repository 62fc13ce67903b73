/**
 * The text editor: CodeMirror 6 (it handles input methods, long lines and large texts), with the
 * parser's diagnostics on their lines in the lint gutter. A change that would make the text
 * something no regulation is (too large, binary) is refused before it lands, and reported.
 *
 * It lives in a shadow root: there CodeMirror styles itself with constructed style sheets, which
 * `style-src 'self'` allows, instead of the <style> element it would add to the document.
 */
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, StateEffect, StateField, type Text } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import type { Diagnostic } from '@sanding/data';
import { minimalSetup } from 'codemirror';
import { MAX_TEXT_BYTES, rejectText, type Rejection } from './limits';

export interface EditorOptions {
  readonly parent: HTMLElement;
  readonly text: string;
  /** The accessible name and the id of the element that describes the field. */
  readonly label: string;
  /** The text changed; read it with `text` when needed (a large text is not copied per keystroke). */
  readonly onChange: () => void;
  readonly onRejected: (rejection: Rejection) => void;
}

/** A 1-based line and column of the parser, as a position in the document (clamped). */
export function positionOf(doc: Text, line: number, column: number): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

/** Marks the lines that landed nowhere in the data (the parser's coverage report). */
const setUnplaced = StateEffect.define<{ lines: readonly number[]; label: string }>();
const unplaced = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setUnplaced)) continue;
      const { doc } = tr.state;
      const mark = Decoration.line({ class: 'cm-unplaced', attributes: { title: effect.value.label } });
      next = Decoration.set(
        [...new Set(effect.value.lines)]
          .filter((n) => n >= 1 && n <= doc.lines)
          .sort((a, b) => a - b)
          .map((n) => mark.range(doc.line(n).from)),
      );
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export class StudioEditor {
  readonly view: EditorView;
  readonly #labels = new Compartment();

  constructor({ parent, text, label, onChange, onRejected }: EditorOptions) {
    const root = parent.attachShadow({ mode: 'open' });
    const refuse = EditorState.transactionFilter.of((tr) => {
      if (!tr.docChanged) return tr;
      let inserted = '';
      tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, added) => {
        inserted += added.sliceString(0, Math.min(added.length, 200_000));
      });
      // Only a text that may be over the limit is measured whole.
      const whole = tr.newDoc.length * 3 > MAX_TEXT_BYTES ? tr.newDoc.toString() : '';
      const rejection = rejectText(inserted) ?? rejectText(whole);
      if (!rejection) return tr;
      queueMicrotask(() => onRejected(rejection));
      return [];
    });
    this.view = new EditorView({
      parent: root,
      root,
      state: EditorState.create({
        doc: text,
        extensions: [
          minimalSetup,
          lineNumbers(),
          highlightActiveLine(),
          highlightActiveLineGutter(),
          lintGutter(),
          EditorView.lineWrapping,
          refuse,
          unplaced,
          this.#labels.of(labelsOf(label)),
          THEME,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChange();
          }),
          EditorView.domEventHandlers({
            // Checked before the clipboard's text becomes a document: a 10 MB paste costs nothing.
            paste(event) {
              const pasted = event.clipboardData?.getData('text/plain') ?? '';
              const rejection = rejectText(pasted);
              if (!rejection) return false;
              event.preventDefault();
              onRejected(rejection);
              return true;
            },
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the whole text (a file was opened, a draft restored). */
  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  setLabel(label: string): void {
    this.view.dispatch({ effects: this.#labels.reconfigure(labelsOf(label)) });
  }

  /**
   * Puts the parser's diagnostics on their lines, from their column to the end of the line, each
   * with the message `describe` gives it.
   */
  showDiagnostics(diagnostics: readonly Diagnostic[], describe: (d: Diagnostic) => string): void {
    const doc = this.view.state.doc;
    const marks: LintDiagnostic[] = diagnostics.map((d) => {
      const from = positionOf(doc, d.line, d.column);
      const to = Math.max(doc.lineAt(from).to, from);
      return { from, to, severity: d.severity, message: describe(d), source: d.code };
    });
    this.view.dispatch(setDiagnostics(this.view.state, marks));
  }

  /** Marks lines (1-based) that landed nowhere in the data; `label` says so to a pointer's hover. */
  markUnplaced(lines: readonly number[], label: string): void {
    this.view.dispatch({ effects: setUnplaced.of({ lines, label }) });
  }

  /** Moves the cursor to a 1-based line and column, scrolls it into view and focuses the editor. */
  moveTo(line: number, column: number): void {
    const at = positionOf(this.view.state.doc, line, column);
    this.view.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
    this.view.focus();
  }
}

function labelsOf(label: string) {
  // tabindex: the text area is the editor's one tab stop (a contenteditable is focusable anyway,
  // but checkers of scrollable regions look for the attribute).
  return EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' });
}

/** The site's look, inside the shadow root where site.css does not reach. */
const THEME = EditorView.theme({
  '&': { height: '28rem', fontSize: '0.95rem', border: '1px solid #57606a', borderRadius: '4px' },
  '&.cm-focused': { outline: '3px solid #0b57d0', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: "'Noto Sans Mono CJK SC', ui-monospace, monospace", lineHeight: '1.6' },
  '.cm-gutters': { backgroundColor: '#f6f8fa', color: '#57606a' },
  // CodeMirror draws these with data: images, which `img-src 'self'` blocks: text and borders instead.
  '.cm-lint-marker': { content: 'normal', width: 'auto', fontWeight: '700', lineHeight: '1' },
  '.cm-lint-marker-error::before': { content: '"●"', color: '#a4161a' },
  '.cm-lint-marker-warning::before': { content: '"▲"', color: '#6a4600' },
  '.cm-lint-marker-info::before': { content: '"i"', color: '#0b57d0' },
  '.cm-lintRange': { backgroundImage: 'none', paddingBottom: '0' },
  '.cm-lintRange-error': { textDecoration: 'underline wavy #a4161a' },
  '.cm-lintRange-warning': { textDecoration: 'underline wavy #6a4600' },
  '.cm-lintRange-info': { textDecoration: 'underline dotted #0b57d0' },
  '.cm-unplaced': { backgroundColor: '#fff8c5', boxShadow: 'inset 4px 0 0 #6a4600' },
});
