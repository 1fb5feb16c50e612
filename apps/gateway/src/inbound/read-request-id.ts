/** Longest client `x-request-id` kept; a longer one is replaced. */
export const MAX_REQUEST_ID_CHARS = 128

/**
 * Printable ASCII without space, quotes, backslash, `,` or `;`: safe in a header, a log line and
 * a shell, and enough for UUIDs, ULIDs, W3C trace ids and the `req_…`/`abc:def` forms proxies use.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]+$/

/**
 * The request's id: the client's `x-request-id` when it is short and plainly spelled, else a
 * fresh UUID — a client cannot inject a newline or a megabyte into our logs and headers.
 */
export function readRequestId(header: string | undefined): string {
  if (
    header !== undefined &&
    header.length > 0 &&
    header.length <= MAX_REQUEST_ID_CHARS &&
    SAFE_REQUEST_ID.test(header)
  )
    return header
  return crypto.randomUUID()
}
