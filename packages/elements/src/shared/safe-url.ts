const LINK_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'mailto:']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Returns the URL if a link may be made from it (http, https, tel, mailto), else undefined. */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const match = SCHEME.exec(trimmed);
  if (!match) return undefined;
  return LINK_PROTOCOLS.has(match[0].toLowerCase()) ? trimmed : undefined;
}

/**
 * True when `src` may be fetched: an http(s) URL, or a relative one on an http(s) page. Parsed
 * as the browser will parse it (which drops tabs, newlines and leading control characters), so
 * "da\tta:…" is a data: URL here too and is refused.
 */
export function isFetchableSrc(src: string): boolean {
  try {
    const { protocol } = new URL(src, typeof document === 'undefined' ? 'https://localhost/' : document.baseURI);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * `tel:` link for a phone number as written, or undefined. Only the first number is linked:
 * "0411-83631234 转 8001" or two numbers separated by 、 must not become one long wrong number.
 */
export function telHref(phone: string): string | undefined {
  const first = /\+?[0-9０-９][0-9０-９\s\-().]*[0-9０-９]/.exec(phone.normalize('NFKC'))?.[0] ?? '';
  const digits = first.replace(/[^\d+]/g, '');
  return digits.replace(/\+/g, '').length >= 3 ? `tel:${digits}` : undefined;
}
