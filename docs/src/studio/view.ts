/**
 * The studio's page, as Lit templates over the studio's state. Lit renders every string as text,
 * so nothing a user pastes or opens can become markup. The editor's host is rendered once and
 * never re-rendered (CodeMirror owns it).
 */
import type { Diagnostic, Division, Regulation } from '@sanding/data';
import type { ValidationIssue } from '@sanding/data/validate';
import { html, nothing, type TemplateResult } from 'lit';
import { diagnosticMeaning, schemaMessage } from './messages';
import { CONTACT_FIELDS, type ContactDraft, type FormsDraft, type LeaderDraft, type SourcedDraft } from './forms';
import { STUDIO_LANGUAGES, type StudioLanguage, type StudioStrings } from './strings';

/** A message in the page's language, whatever it is when the message is shown. */
export type Message = (s: StudioStrings) => string;

export interface ViewState {
  readonly lang: StudioLanguage;
  readonly s: StudioStrings;
  readonly id: string;
  readonly idValid: boolean;
  readonly forms: FormsDraft;
  /** Published data being updated (from a file or an address), instead of a text. */
  readonly published: { readonly from: string } | undefined;
  /** What the page shows: the authored data, or the parser's quicker view of it. */
  readonly regulation: Regulation | undefined;
  /**
   * The divisions the forms name, with the ids the authoring step's inputs use: the parser's
   * (stable ids are given after the forms apply), or the published data's.
   */
  readonly formDivisions: readonly Division[];
  /** What the components show: the same, handed over once typing has paused for a while. */
  readonly preview: Regulation | undefined;
  /** The disclosures that are open (division ids, `duties`, `names`): only their content is rendered. */
  readonly open: ReadonlySet<string>;
  readonly diagnostics: readonly Diagnostic[];
  readonly problems: readonly string[];
  readonly issues: ReadonlyMap<string, ValidationIssue>;
  readonly inputNotice: { readonly error: boolean; readonly message: Message } | undefined;
  readonly storageNotice: Message | undefined;
  readonly outputNotice: { readonly error: boolean; readonly message: Message } | undefined;
  /** Scripts that can be downloaded: the text's own first. */
  readonly scripts: readonly ('zh-Hans' | 'zh-Hant')[];
  readonly embedSnippet: string;
}

export interface ViewActions {
  language(lang: StudioLanguage): void;
  id(value: string): void;
  openFile(file: File): void;
  openUrl(url: string): void;
  leavePublished(): void;
  goTo(diagnostic: Diagnostic): void;
  toggle(key: string, open: boolean): void;
  formsChanged(): void;
  addLeader(): void;
  removeLeader(index: number): void;
  addContact(): void;
  removeContact(index: number): void;
  download(script: 'zh-Hans' | 'zh-Hant'): void;
  copySnippet(): void;
  startOver(): void;
  confirmStartOver(): void;
}

const notice = (
  n: { error: boolean; message: Message } | undefined,
  s: StudioStrings,
): TemplateResult | typeof nothing =>
  n ? html`<p class=${n.error ? 'studio-notice studio-error' : 'studio-notice'}>${n.message(s)}</p>` : nothing;

export function studioView(state: ViewState, act: ViewActions, editorHost: HTMLElement): TemplateResult {
  const { s } = state;
  return html`
    <div class="studio-toolbar">
      <fieldset class="segmented">
        <legend>${s.languageLegend}</legend>
        ${STUDIO_LANGUAGES.map(
          (lang) =>
            html`<label
              ><input
                type="radio"
                name="studio-lang"
                .value=${lang}
                .checked=${lang === state.lang}
                @change=${() => act.language(lang)}
              /><span class="segment" lang=${lang}>${s.languageNames[lang]}</span></label
            >`,
        )}
      </fieldset>
      <button type="button" class="studio-button" @click=${act.startOver}>${s.startOver}</button>
    </div>
    <p class="lead">${s.intro}</p>
    <div role="alert" class="studio-alert">${state.storageNotice ? html`<p class="studio-notice studio-error">${state.storageNotice(s)}</p>` : nothing}</div>

    <section aria-labelledby="studio-input">
      <h2 id="studio-input">${s.inputHeading}</h2>
      <div class="studio-fields">
        <div class="studio-field">
          <label for="studio-id">${s.idLabel}</label>
          <input
            id="studio-id"
            type="text"
            autocomplete="off"
            spellcheck="false"
            placeholder="regulation"
            .value=${state.id}
            aria-invalid=${state.idValid ? 'false' : 'true'}
            aria-describedby="studio-id-hint"
            @input=${(e: Event) => act.id((e.target as HTMLInputElement).value)}
          />
          <p id="studio-id-hint" class=${state.idValid ? 'studio-hint' : 'studio-hint studio-error'}>
            ${state.idValid ? s.idHint : s.idInvalid}
          </p>
        </div>
        <div class="studio-field">
          <label for="studio-file">${s.openFile}</label>
          <input
            id="studio-file"
            type="file"
            accept=".txt,.docx,.pdf,.json,text/plain,application/pdf,application/json"
            aria-describedby="studio-file-hint"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) act.openFile(file);
              input.value = '';
            }}
          />
          <p id="studio-file-hint" class="studio-hint">${s.openFileHint}</p>
        </div>
        <form
          class="studio-field"
          @submit=${(e: Event) => {
            e.preventDefault();
            const input = (e.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
            if (input.value.trim()) act.openUrl(input.value.trim());
          }}
        >
          <label for="studio-url">${s.urlLabel}</label>
          <span class="studio-inline">
            <input id="studio-url" name="url" type="url" inputmode="url" autocomplete="url" />
            <button type="submit" class="studio-button">${s.urlOpen}</button>
          </span>
        </form>
      </div>
      <div role="status" class="studio-status">${notice(state.inputNotice, s)}</div>
      ${
        state.published
          ? html`<div class="studio-published">
            <h3>${s.jsonModeHeading}</h3>
            <p>${s.jsonModeText(state.regulation?.agency.name ?? '', state.published.from)}</p>
            <button type="button" class="studio-button" @click=${act.leavePublished}>${s.startOver}</button>
          </div>`
          : nothing
      }
      <div class="studio-editor-area" ?hidden=${!!state.published}>
        <p class="studio-label">${s.editorLabel}</p>
        <p class="studio-hint">${s.editorHint}</p>
        ${editorHost}
        ${diagnosticsView(state, act)}
      </div>
    </section>

    <section aria-labelledby="studio-understood">
      <h2 id="studio-understood">${s.understoodHeading}</h2>
      ${state.regulation ? understoodView(state, act, state.regulation) : html`<p>${s.nothingYet}</p>`}
    </section>

    <section aria-labelledby="studio-lacks">
      <h2 id="studio-lacks">${s.lacksHeading}</h2>
      <p>${s.lacksIntro}</p>
      ${formsView(state, act)}
    </section>

    <section aria-labelledby="studio-output">
      <h2 id="studio-output">${s.outputHeading}</h2>
      ${
        state.problems.length
          ? html`<h3 id="studio-problems">${s.problemsHeading}</h3>
            <ul aria-labelledby="studio-problems">
              ${state.problems.map((p) => html`<li>${p}</li>`)}
            </ul>`
          : nothing
      }
      <div class="studio-downloads">
        ${state.scripts.map(
          (script, i) =>
            html`<button
              type="button"
              class="studio-button"
              ?disabled=${!state.regulation || !state.idValid}
              @click=${() => act.download(script)}
            >
              ${s.download(s.scriptNames[script])}
              <span class="studio-muted">(${i === 0 ? s.downloadWritten : s.downloadConverted})</span>
            </button>`,
        )}
      </div>
      <div role="status" class="studio-status">${notice(state.outputNotice, s)}</div>
      <h3 id="studio-embed">${s.embedHeading}</h3>
      <p>${s.embedHint}</p>
      <pre class="code" tabindex="0" aria-labelledby="studio-embed"><code>${state.embedSnippet}</code></pre>
      <button type="button" class="studio-button" @click=${act.copySnippet}>${s.copy}</button>
    </section>

    <dialog class="studio-dialog" aria-labelledby="studio-dialog-text">
      <p id="studio-dialog-text">${s.startOverQuestion}</p>
      <form method="dialog" class="studio-inline">
        <button type="submit" value="cancel" class="studio-button" autofocus>${s.cancel}</button>
        <button type="button" class="studio-button studio-danger" @click=${act.confirmStartOver}>
          ${s.startOverConfirm}
        </button>
      </form>
    </dialog>
  `;
}

function diagnosticsView(state: ViewState, act: ViewActions): TemplateResult {
  const { s, diagnostics } = state;
  return html`<h3 id="studio-diagnostics">${s.diagnosticsHeading(diagnostics.length)}</h3>
    ${
      diagnostics.length
        ? html`<ol class="studio-diagnostics" aria-labelledby="studio-diagnostics">
          ${diagnostics.map(
            (d) =>
              html`<li>
                <button type="button" class="studio-link" data-line=${d.line} @click=${() => act.goTo(d)}>
                  <span class=${`studio-severity studio-${d.severity}`}>${s.severity[d.severity]}</span>
                  ${s.diagnosticAt(d.line, d.column)}:
                  ${diagnosticText(state.lang, d)}
                  <code>${d.code}</code>
                </button>
              </li>`,
          )}
        </ol>`
        : html`<p>${s.noDiagnostics}</p>`
    }`;
}

/**
 * A diagnostic in the UI's language: what its code means, then the parser's own (English)
 * message, which names the line's particulars. In English, the message alone.
 */
function diagnosticText(lang: StudioLanguage, d: Diagnostic): TemplateResult {
  const meaning = diagnosticMeaning(lang, d.code);
  if (!meaning) return html`<span lang="en">${d.message}</span>`;
  return html`<span>${meaning}</span> <span class="studio-detail" lang="en">${d.message}</span>`;
}

/** A disclosure whose content is rendered only while it is open: a long text stays light to re-render. */
function disclosure(
  state: ViewState,
  act: ViewActions,
  key: string,
  summary: TemplateResult | string,
  content: () => TemplateResult,
): TemplateResult {
  const open = state.open.has(key);
  return html`<details
    ?open=${open}
    @toggle=${(e: Event) => act.toggle(key, (e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${summary}</summary>
    ${open ? content() : nothing}
  </details>`;
}

function understoodView(state: ViewState, act: ViewActions, regulation: Regulation): TemplateResult {
  const { s } = state;
  const preview = state.preview;
  const { agency, basis, duties, divisions, staffing, leaders } = regulation;
  // The data's own language, on every element that holds the data's words.
  const zh = regulation.lang;
  return html`<div class="studio-understood">
    <div class="studio-structure">
      <h3 id="studio-structure">${s.structureHeading}</h3>
      <dl class="studio-facts">
        <dt>${s.agency}</dt>
        <dd data-structure="agency" lang=${zh}>${agency.name}${agency.nameEn ? html` <span lang="en">(${agency.nameEn.text})</span>` : nothing}</dd>
        ${agency.kind ? html`<dt>${s.agencyKind}</dt><dd lang=${zh}>${agency.kind}</dd>` : nothing}
        ${agency.rank ? html`<dt>${s.agencyRank}</dt><dd lang=${zh}>${agency.rank}</dd>` : nothing}
        ${agency.parent ? html`<dt>${s.agencyParent}</dt><dd lang=${zh}>${agency.parent}</dd>` : nothing}
        ${agency.alsoKnownAs.length ? html`<dt>${s.alsoKnownAs}</dt><dd lang=${zh}>${agency.alsoKnownAs.join('、')}</dd>` : nothing}
        <dt>${s.basis}</dt>
        ${
          basis
            ? html`<dd lang=${zh}>
              ${basis.title ? `《${basis.title}》` : ''}${basis.documentNumber ? `（${basis.documentNumber}）` : ''}
              <span class="studio-muted">${basis.citation}</span>
            </dd>`
            : html`<dd>${s.noBasis}</dd>`
        }
      </dl>
      ${disclosure(
        state,
        act,
        'duties',
        html`<h4 id="studio-duties">${s.dutiesHeading(duties.length)}</h4>`,
        () =>
          html`<ol aria-labelledby="studio-duties" lang=${zh}>
            ${duties.map((d) => html`<li>${d.text}</li>`)}
          </ol>`,
      )}
      <h4 id="studio-divisions">${s.divisionsHeading(divisions.length, null)}</h4>
      <ol class="studio-divisions" aria-labelledby="studio-divisions" data-structure="divisions">
        ${divisions.map((d) => html`<li>${divisionView(state, act, d, zh)}</li>`)}
      </ol>
      <h4 id="studio-staffing">${s.staffingHeading}</h4>
      ${
        staffing
          ? html`<p>${s.administrativePosts(staffing.administrativePosts)}</p>
            ${
              staffing.leadershipPosts.length
                ? html`<ul aria-labelledby="studio-staffing" lang=${zh}>
                  ${staffing.leadershipPosts.map((p) => html`<li>${p.title} ${p.count}</li>`)}
                </ul>`
                : nothing
            }`
          : html`<p>${s.noStaffing}</p>`
      }
      <h4 id="studio-leaders">${s.leadersHeading}</h4>
      ${
        leaders.length
          ? html`<ul aria-labelledby="studio-leaders" lang=${zh}>
            ${leaders.map((l) => html`<li>${l.title} ${l.name}</li>`)}
          </ul>`
          : html`<p>${s.noLeaders}</p>`
      }
    </div>
    ${preview ? previewView(preview, s) : nothing}
  </div>`;
}

function previewView(regulation: Regulation, s: StudioStrings): TemplateResult {
  return html`
    <div class="studio-preview">
      <h3>${s.previewHeading}</h3>
      <p class="studio-hint">${s.previewHint}</p>
      <h4>${s.lookupHeading}</h4>
      <sanding-duty-lookup directory="studio-directory" .regulation=${regulation}></sanding-duty-lookup>
      <sanding-contact-card .regulation=${regulation}></sanding-contact-card>
      <sanding-org-chart .regulation=${regulation}></sanding-org-chart>
      <sanding-division-directory id="studio-directory" .regulation=${regulation}></sanding-division-directory>
    </div>
  `;
}

function divisionView(state: ViewState, act: ViewActions, division: Division, zh: string): TemplateResult {
  const { s } = state;
  const names = division.alsoKnownAs.length ? ` (${division.alsoKnownAs.join('、')})` : '';
  return disclosure(
    state,
    act,
    division.id,
    html`<span lang=${zh}>${division.name}${names}</span>
      <span class="studio-muted">${s.responsibilities(division.responsibilities.length)}</span>`,
    () =>
      html`<ol lang=${zh}>
          ${division.responsibilities.map((c) => html`<li>${c.text}</li>`)}
        </ol>
        ${
          division.coLocated.length
            ? html`<p>${s.coLocated}: <span lang=${zh}>${division.coLocated.join('、')}</span></p>`
            : nothing
        }`,
  );
}

/** One labelled text field of the forms, with its schema issue when it has one. */
function field(
  state: ViewState,
  act: ViewActions,
  path: string,
  label: string,
  target: Record<string, string>,
  key: string,
  type = 'text',
): TemplateResult {
  const id = `studio-${path.replace(/[^\w-]/g, '-')}`;
  const issue = state.issues.get(path);
  return html`<div class="studio-field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type=${type}
      .value=${target[key] ?? ''}
      aria-invalid=${issue ? 'true' : 'false'}
      aria-describedby=${issue ? `${id}-issue` : nothing}
      @input=${(e: Event) => {
        target[key] = (e.target as HTMLInputElement).value;
        act.formsChanged();
      }}
    />
    ${issue ? issueView(state.lang, `${id}-issue`, issue) : nothing}
  </div>`;
}

function issueView(lang: StudioLanguage, id: string, issue: ValidationIssue): TemplateResult {
  const message = schemaMessage(lang, issue.message);
  return html`<p id=${id} class="studio-hint studio-error">
    <code>${issue.path}</code> <span lang=${message.lang}>${message.text}</span>
  </p>`;
}

function formsView(state: ViewState, act: ViewActions): TemplateResult {
  const { s, forms, regulation } = state;
  const issueCount = state.issues.size;
  return html`
    <p role="status" class="studio-status">${issueCount ? html`<span class="studio-error">${s.formIssues(issueCount)}</span>` : nothing}</p>
    <h3>${s.leadersFormHeading}</h3>
    ${forms.leaders.map((leader, i) => leaderForm(state, act, leader, i))}
    <button type="button" class="studio-button" @click=${act.addLeader}>${s.addLeader}</button>

    <h3>${s.contactsFormHeading}</h3>
    ${forms.contacts.map((contact, i) => contactForm(state, act, contact, i, state.formDivisions))}
    <button type="button" class="studio-button" @click=${act.addContact}>${s.addContact}</button>

    ${
      state.published || !regulation
        ? nothing
        : html`<h3>${s.namesFormHeading}</h3>
          <p>${s.namesIntro}</p>
          ${nameForm(state, act, 'names.agency', regulation.agency.name ?? regulation.title, forms.names.agency)}
          ${disclosure(
            state,
            act,
            'names',
            s.divisionNames(regulation.divisions.length),
            () =>
              html`${regulation.divisions.map((d) => {
                const draft = (forms.names.divisions[d.id] ??= { text: '', source: '' });
                return nameForm(state, act, `names.divisions.${d.id}`, d.name, draft);
              })}`,
          )}`
    }
  `;
}

function leaderForm(state: ViewState, act: ViewActions, leader: LeaderDraft, i: number): TemplateResult {
  const { s } = state;
  const target = leader as unknown as Record<string, string>;
  return html`<fieldset class="studio-group">
    <legend>${s.leaderLegend(i + 1)}</legend>
    <div class="studio-fields">
      ${field(state, act, `leaders.${i}.title`, s.leaderTitle, target, 'title')}
      ${field(state, act, `leaders.${i}.name`, s.leaderName, target, 'name')}
      ${field(state, act, `leaders.${i}.sourceTitle`, s.sourceTitle, target, 'sourceTitle')}
      ${field(state, act, `leaders.${i}.sourceUrl`, s.sourceUrl, target, 'sourceUrl', 'url')}
      ${field(state, act, `leaders.${i}.asOf`, s.asOf, target, 'asOf')}
    </div>
    <button type="button" class="studio-button" @click=${() => act.removeLeader(i)}>${s.removeLeader(i + 1)}</button>
  </fieldset>`;
}

function contactForm(
  state: ViewState,
  act: ViewActions,
  contact: ContactDraft,
  i: number,
  divisions: readonly Division[],
): TemplateResult {
  const { s } = state;
  const selectId = `studio-contact-${i}-of`;
  return html`<fieldset class="studio-group">
    <legend>${s.contactLegend(i + 1)}</legend>
    <div class="studio-field">
      <label for=${selectId}>${s.contactOf}</label>
      <select
        id=${selectId}
        @change=${(e: Event) => {
          contact.divisionId = (e.target as HTMLSelectElement).value;
          act.formsChanged();
        }}
      >
        <option value="" ?selected=${contact.divisionId === ''}>${s.theAgency}</option>
        ${divisions.map((d) => html`<option value=${d.id} ?selected=${contact.divisionId === d.id}>${d.name}</option>`)}
      </select>
    </div>
    ${CONTACT_FIELDS.map((name) => {
      const draft: SourcedDraft = contact[name];
      const target = draft as unknown as Record<string, string>;
      const base = `contacts.${i}.${name}`;
      return html`<fieldset class="studio-subgroup">
        <legend>${s.contactFields[name]}</legend>
        <div class="studio-fields">
          ${field(state, act, `${base}.value`, s.value, target, 'value', name === 'website' ? 'url' : 'text')}
          ${field(state, act, `${base}.sourceTitle`, s.sourceTitle, target, 'sourceTitle')}
          ${field(state, act, `${base}.sourceUrl`, s.sourceUrl, target, 'sourceUrl', 'url')}
        </div>
      </fieldset>`;
    })}
    <button type="button" class="studio-button" @click=${() => act.removeContact(i)}>${s.removeContact(i + 1)}</button>
  </fieldset>`;
}

function nameForm(
  state: ViewState,
  act: ViewActions,
  path: string,
  of: string,
  draft: { text: string; source: string },
): TemplateResult {
  const { s } = state;
  const target = draft as unknown as Record<string, string>;
  const status = draft.text.trim() ? (draft.source.trim() ? s.official : s.unofficial) : '';
  return html`<fieldset class="studio-group studio-name">
    <legend>${s.englishName(of)} ${status ? html`<span class="studio-muted">(${status})</span>` : nothing}</legend>
    <div class="studio-fields">
      ${field(state, act, path, s.englishName(of), target, 'text')}
      ${field(state, act, `${path}.source`, s.nameSource, target, 'source')}
    </div>
  </fieldset>`;
}
