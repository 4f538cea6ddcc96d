// Which methods a concrete path supports, from the spec's path templates: a known path with the
// wrong method is 405 with `Allow` (RFC 9110 §15.5.6), an unknown path is 404.

export interface RouteMatcher {
  /** The allowed methods for `path`, sorted; empty when no route matches the path. */
  methodsFor(path: string): string[];
}

export function buildRouteMatcher(routes: readonly { method: string; path: string }[]): RouteMatcher {
  const byTemplate = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const route of routes) {
    let entry = byTemplate.get(route.path);
    if (entry === undefined) {
      const source = route.path
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      // Exact, like Fastify's router: `/healthz/` is another (unknown) path.
      entry = { pattern: new RegExp(`^${source}$`), methods: new Set() };
      byTemplate.set(route.path, entry);
    }
    entry.methods.add(route.method);
    // Fastify answers HEAD for every GET route.
    if (route.method === 'GET') entry.methods.add('HEAD');
  }
  return {
    methodsFor(path) {
      const methods = new Set<string>();
      for (const { pattern, methods: m } of byTemplate.values()) {
        if (pattern.test(path)) for (const method of m) methods.add(method);
      }
      return [...methods].sort();
    },
  };
}
