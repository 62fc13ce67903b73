/**
 * The docs site's script: registers the components through the package's published entry point,
 * exactly as a portal would, and wires the demo switches. No framework.
 */
import '@sanding/elements';
import { setUpDemos } from './demos';

/**
 * The language and large-text switches of each live demo. The language sets `lang` on the demo's
 * wrapper (the components follow their nearest ancestor's `lang`, live); large text toggles the
 * `large-text` attribute on every component inside it.
 */
function wireControls(controls: HTMLElement): void {
  const demo = controls.closest<HTMLElement>('[data-demo]');
  if (!demo) return;
  // The element that carries the demo's language: a wrapper of the components, or the demo.
  const target = demo.querySelector<HTMLElement>('[data-demo-lang]') ?? demo;
  const components = (): HTMLElement[] =>
    Array.from(demo.querySelectorAll<HTMLElement>('*')).filter((el) => el.localName.startsWith('sanding-'));

  for (const radio of controls.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    if (radio.value === target.lang) radio.checked = true;
    radio.addEventListener('change', () => {
      if (radio.checked) target.lang = radio.value;
    });
  }
  const largeText = controls.querySelector<HTMLInputElement>('input[data-large-text]');
  largeText?.addEventListener('change', () => {
    for (const el of components()) el.toggleAttribute('large-text', largeText.checked);
  });
}

/**
 * The header's Menu button, shown on narrow screens: a disclosure for the site nav. Escape
 * closes it from anywhere inside and returns focus to the button.
 */
function wireNavToggle(): void {
  const toggle = document.querySelector<HTMLButtonElement>('.nav-toggle');
  const nav = toggle && document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!toggle || !nav) return;
  const setOpen = (open: boolean): void => toggle.setAttribute('aria-expanded', String(open));
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  for (const element of [toggle, nav]) {
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
      setOpen(false);
      toggle.focus();
    });
  }
}

wireNavToggle();
document.querySelectorAll<HTMLElement>('[data-demo-controls]').forEach(wireControls);
setUpDemos();
