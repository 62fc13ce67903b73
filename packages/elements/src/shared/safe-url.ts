/** The rule the validator applies to every URL in the data: http(s), with a host. */
const HTTP_URL = /^https?:\/\/[^\s/]+/;

/**
 * Returns the URL if a link may be made from it, else undefined: http(s) only, by the rule the
 * validator applies to `src` data, so a `regulation` set by property links exactly what `src`
 * data may hold.
 */
export function httpHref(value: string | undefined): string | undefined {
  return value && HTTP_URL.test(value) ? value : undefined;
}

/**
 * `mailto:` link for an email address, or undefined. The address alone: anything that could
 * add a recipient or a header (`?bcc=`, `&body=`, a second address) leaves it unlinked.
 */
export function mailtoHref(address: string): string | undefined {
  return /^[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(address) ? `mailto:${address}` : undefined;
}

/**
 * True when `src` may be fetched: an http(s) URL, or a relative one on an http(s) page. Parsed
 * as the browser will parse it (which drops tabs, newlines and leading control characters), so
 * "da\tta:…" is a data: URL here too and is refused. In the browser only: a component loads
 * nothing on a server.
 */
export function isFetchableSrc(src: string): boolean {
  try {
    return /^https?:$/.test(new URL(src, document.baseURI).protocol);
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
