// Timestamps as the database stores them and the API returns them: RFC 3339 in UTC.

/** `Date.now() + seconds`, as RFC 3339 with milliseconds (sorts correctly as text). */
export function isoIn(seconds: number, from: number = Date.now()): string {
  return new Date(from + seconds * 1000).toISOString();
}

export function isoNow(): string {
  return new Date().toISOString();
}

/** The API's form: RFC 3339 without milliseconds, `2026-11-25T09:30:00Z`. */
export function apiTime(iso: string): string;
export function apiTime(iso: string | null): string | null;
export function apiTime(iso: string | null): string | null {
  return iso === null ? null : iso.replace(/\.\d{3}Z$/, 'Z');
}
