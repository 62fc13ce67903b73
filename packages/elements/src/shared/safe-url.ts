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

/** True when `src` may be fetched: an http(s) URL or a relative one (no javascript:, data:, file:). */
export function isFetchableSrc(src: string): boolean {
  const match = SCHEME.exec(src.trim());
  if (!match) return true;
  const scheme = match[0].toLowerCase();
  return scheme === 'http:' || scheme === 'https:';
}

/** `tel:` link for a phone number as written: keeps digits and a leading +. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.length >= 3 ? `tel:${digits}` : undefined;
}
