/**
 * The portal's own script: it registers the three components it uses, wires the lookup to the
 * contact card, and runs the large-text (大字版, 适老化) toggle.
 */
import '@sanding/elements/duty-lookup';
import '@sanding/elements/division-directory';
import '@sanding/elements/contact-card';
import type { SandingSelectEvent } from '@sanding/elements';

const STORAGE_KEY = 'portal-large-text';

function setLargeText(on: boolean): void {
  // The page's own text grows through a class; each component has its `large-text` mode.
  document.documentElement.classList.toggle('large-text', on);
  for (const element of document.querySelectorAll(
    'sanding-duty-lookup, sanding-division-directory, sanding-contact-card',
  )) {
    element.toggleAttribute('large-text', on);
  }
  document.querySelector('.large-text-toggle')?.setAttribute('aria-pressed', String(on));
  try {
    localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Storage may be disabled; the toggle still works for this visit.
  }
}

function storedLargeText(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

document.querySelector('.large-text-toggle')?.addEventListener('click', (event) => {
  const pressed = (event.currentTarget as HTMLElement).getAttribute('aria-pressed') === 'true';
  setLargeText(!pressed);
});
setLargeText(storedLargeText());

// Choosing a lookup result opens it in the directory (the `directory` attribute does that);
// the sidebar's card follows with that division's contact details.
document.addEventListener('sanding-select', (event: SandingSelectEvent) => {
  document.querySelector('sanding-contact-card')?.setAttribute('division', event.detail.division.id);
});
