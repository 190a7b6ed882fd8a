/**
 * Manifest match patterns (`https://*.example.com/*`) tested against a URL the same way the browser does, so the
 * content script and the popup agree on which adapter owns a tab without a second list of hosts.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parsed = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  const protocol = url.protocol.replace(/:$/, '');
  if (scheme === '*' ? !['http', 'https'].includes(protocol) : scheme !== protocol) return false;
  if (!hostMatches(host, url.hostname)) return false;
  return globToRegExp(path).test(url.pathname + url.search);
}

function hostMatches(patternHost: string, hostname: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === patternHost;
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`);
}

/** Parses leniently: a malformed URL (about:blank, a chrome:// page) simply matches nothing. */
export function toUrl(raw: string | URL): URL | null {
  if (raw instanceof URL) return raw;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
