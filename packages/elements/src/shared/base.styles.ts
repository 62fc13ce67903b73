import { css } from 'lit';

/**
 * The design tokens every component reads, all `--sanding-*` custom properties with defaults
 * that look right with no theming. Colours pass WCAG 2.2 AA on the default background.
 * Components use only these tokens for colour.
 *
 * Fonts: a Latin face first (so Latin letters and digits are not left to a fallback such as
 * DejaVu), then the CJK faces of the script, by `lang`: SC faces for zh-Hans and en pages, TC faces
 * for zh-Hant (zh-TW, zh-HK, zh-MO) ones.
 *
 * @cssprop [--sanding-font-family=-apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif] - Font family (on zh-Hant pages the CJK faces are "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC").
 * @cssprop [--sanding-font-size=1rem] - Base font size; `large-text` multiplies it by 1.25.
 * @cssprop [--sanding-color-text=#1f2328] - Text colour.
 * @cssprop [--sanding-color-muted=#57606a] - Secondary text (citations, sources).
 * @cssprop [--sanding-color-background=#ffffff] - Background.
 * @cssprop [--sanding-color-surface=#f6f8fa] - Background of cards and headers.
 * @cssprop [--sanding-color-border=#d0d7de] - Borders.
 * @cssprop [--sanding-color-accent=#0b57d0] - Links, buttons, selection.
 * @cssprop [--sanding-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--sanding-color-highlight=#fff3b0] - Background of matched text.
 * @cssprop [--sanding-color-danger=#b42318] - Error text.
 * @cssprop [--sanding-focus-color=#0b57d0] - Focus ring.
 * @cssprop [--sanding-space=0.5rem] - Base spacing unit.
 * @cssprop [--sanding-radius=6px] - Corner radius.
 * @cssprop --sanding-reserve-block-size - The height kept while the data loads (and, with the reserve.css style sheet, before the element is defined).
 */
export const baseStyles = css`
  :host {
    --_font-size: var(--sanding-font-size, 1rem);
    --_text: var(--sanding-color-text, #1f2328);
    --_muted: var(--sanding-color-muted, #57606a);
    --_bg: var(--sanding-color-background, #ffffff);
    --_surface: var(--sanding-color-surface, #f6f8fa);
    --_border: var(--sanding-color-border, #d0d7de);
    --_accent: var(--sanding-color-accent, #0b57d0);
    --_on-accent: var(--sanding-color-on-accent, #ffffff);
    --_highlight: var(--sanding-color-highlight, #fff3b0);
    --_danger: var(--sanding-color-danger, #b42318);
    --_focus: var(--sanding-focus-color, #0b57d0);
    --_space: var(--sanding-space, 0.5rem);
    --_radius: var(--sanding-radius, 6px);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    --_cjk: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC';
    font-family: var(--sanding-font-family, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', var(--_cjk), sans-serif);
    font-size: var(--_font-size);
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  :host(:lang(zh-Hant)),
  :host(:lang(zh-TW)),
  :host(:lang(zh-HK)),
  :host(:lang(zh-MO)) {
    --_cjk: 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC';
  }
  :host([hidden]) {
    display: none;
  }
  :host([large-text]) {
    --_font-size: calc(var(--sanding-font-size, 1rem) * 1.25);
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .status {
    color: var(--_muted);
    margin: var(--_space) 0;
  }
  /*
   * The loading (and no-data) message keeps the room reserve.css gave the element before it
   * was defined. Padding, not margins: margins would collapse through the host and change it.
   */
  [part='status'] {
    margin: 0;
    padding: var(--_space) 0;
    min-height: var(--sanding-reserve-block-size);
  }
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    color: var(--_text);
  }
  .error-title {
    color: var(--_danger);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .error p:last-child {
    margin: 0;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
  }
  time {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* None of ours, and none a theme adds through ::part(), under reduced motion. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
  /* Forced colours paint borders (the error's too) in system colours by themselves. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
      forced-color-adjust: none;
    }
  }
`;
