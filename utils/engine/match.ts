/**
 * URL or host → carrier id. Hosts in data/ are registrable domains; a page matches when its host is
 * that domain or any subdomain of it. Look-alikes ("timtim.it", "tim.it.evil.example") never match.
 */

export interface HostEntry {
  host: string;
  id: string;
}

/** Lowercase, punycode, no port, no trailing dot; undefined for anything that is not an http(s) page. */
export function pageHost(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.replace(/\.+$/, '');
  return host || undefined;
}

export function createMatcher(entries: readonly HostEntry[]): (url: string) => string | undefined {
  const byHost = new Map(entries.map((e) => [e.host, e.id]));
  return (url) => {
    const host = pageHost(url);
    if (!host) return undefined;
    // Walk up the labels: login.tim.it → tim.it → it.
    for (let at = 0; at !== -1; at = host.indexOf('.', at) + 1 || -1) {
      const id = byHost.get(host.slice(at));
      if (id) return id;
    }
    return undefined;
  };
}

/** Content-script match patterns: `*.` covers the domain itself and every subdomain, on http and https. */
export function matchPatterns(hosts: Iterable<string>): string[] {
  return [...new Set(hosts)].sort().map((h) => `*://*.${h}/*`);
}
