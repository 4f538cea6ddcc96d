// Small helpers for media types and request targets, shared by the app's hooks and handlers.

/** `Application/JSON; charset=utf-8` → `application/json`. */
export function baseMediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** `application/json` and every `+json` type (RFC 6839 §3.1). */
export function isJsonMediaType(contentType: string): boolean {
  const base = baseMediaType(contentType);
  return base === 'application/json' || base.endsWith('+json');
}

/** The path of a request target, without its query string (which may carry a user code). */
export function pathOf(url: string): string {
  return url.split('?')[0] ?? '/';
}
