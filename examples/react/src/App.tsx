import { useState } from 'react';
// Importing the wrappers also registers the custom elements.
import { ContactCard, DivisionDirectory, DutyLookup, OrgChart } from '@sanding/elements/react';
import type { SandingSearchDetail, SandingSelectDetail } from '@sanding/elements/react';
import { LANGUAGES, TEXT, type Language } from './text.js';

/**
 * The four components as React components. Events are React props (`onSandingSelect`,
 * `onSandingSearch`, `onSandingError`). The components follow the nearest `lang`, so switching
 * language is one attribute on the app's root. In React, name the bundled dataset with the
 * `datasetId` property: `dataset` is HTMLElement's own map of data-* attributes and cannot be
 * assigned.
 */
export function App() {
  const [lang, setLang] = useState<Language>('zh-Hans');
  const [selected, setSelected] = useState<SandingSelectDetail['division'] | undefined>(undefined);
  const [lastSearch, setLastSearch] = useState<SandingSearchDetail | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const text = TEXT[lang];

  const onSelect = (event: CustomEvent<SandingSelectDetail>) => setSelected(event.detail.division);
  const onError = (event: CustomEvent<{ message: string }>) => setError(event.detail.message);

  return (
    <div lang={lang} className="app">
      <header className="app-header">
        <h1>{text.title}</h1>
        <fieldset className="languages">
          <legend>{text.language}</legend>
          {LANGUAGES.map(({ value, label }) => (
            <label key={value} lang={value}>
              <input type="radio" name="lang" value={value} checked={lang === value} onChange={() => setLang(value)} />
              {label}
            </label>
          ))}
        </fieldset>
      </header>
      <main>
        {error && (
          <p role="alert" className="app-error">
            {error}
          </p>
        )}
        <section aria-labelledby="lookup-heading">
          <h2 id="lookup-heading">{text.lookup}</h2>
          <DutyLookup
            datasetId="dalian-stb"
            directory="directory"
            onSandingSelect={onSelect}
            onSandingSearch={(event) => setLastSearch(event.detail)}
            onSandingError={onError}
          />
          {lastSearch && <p className="app-note">{text.lastSearch(lastSearch.query, lastSearch.resultCount)}</p>}
        </section>
        <div className="columns">
          <section aria-labelledby="directory-heading">
            <h2 id="directory-heading">{text.directory}</h2>
            <DivisionDirectory id="directory" datasetId="dalian-stb" deepLinks onSandingError={onError} />
          </section>
          <aside aria-labelledby="contact-heading">
            <h2 id="contact-heading">{text.contact}</h2>
            {selected && <p className="app-note">{text.selected(selected.name)}</p>}
            <ContactCard datasetId="dalian-stb" division={selected?.id} headingLevel={3} onSandingError={onError} />
          </aside>
        </div>
        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading">{text.chart}</h2>
          <OrgChart datasetId="dalian-stb" onSandingSelect={onSelect} onSandingError={onError} />
        </section>
      </main>
    </div>
  );
}
