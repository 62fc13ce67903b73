/**
 * The studio's one Trusted Types policy, `sanding-studio`. Under
 * `require-trusted-types-for 'script'` the URL given to `new Worker()` must be a TrustedScriptURL;
 * this policy makes one only for a script of this site (same origin), so nothing a user types or
 * opens can become a worker. Documented on the studio page and in hosting.html.
 */

export const POLICY_NAME = 'sanding-studio';

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/** A URL of this site that a Worker may load, as a TrustedScriptURL where the browser has them. */
export function trustedScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy ??= factory?.createPolicy(POLICY_NAME, {
    createScriptURL(input) {
      const resolved = new URL(input, document.baseURI);
      if (resolved.origin !== location.origin) throw new TypeError(`${POLICY_NAME}: not a script of this site`);
      return resolved.href;
    },
  }) ?? { createScriptURL: (input) => new URL(input, document.baseURI).href };
  return policy.createScriptURL(url);
}

/** Starts a module worker from a script of this site. */
export function startWorker(url: string, name: string): Worker {
  // A TrustedScriptURL is accepted wherever a URL string is; the DOM types do not know that yet.
  return new Worker(trustedScriptUrl(url), { type: 'module', name });
}
