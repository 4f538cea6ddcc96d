// Responses that carry a secret or a token must not be stored by any cache (RFC 6749 §5.1,
// RFC 9111 §5.2.2.5).
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;
