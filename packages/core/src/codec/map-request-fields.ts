import type { ChatRequest } from '../schema/chat-request'

/**
 * A dialect's table of wire fields that map one-to-one onto a canonical field: [wire, canonical]
 * (canonical names a field of the request, or of the object given, such as an extension). The
 * dialect checks it against its wire schema (`satisfies`); the decoder and the encoder both
 * iterate it.
 */
export type RequestFieldTable<Canonical extends object = ChatRequest> = readonly (readonly [
  string,
  keyof Canonical,
])[]

/** Wire → canonical: each field of the table the body sets (not null) goes to `canonical`. */
export function decodeRequestFields<Canonical extends object>(
  body: object,
  table: RequestFieldTable<Canonical>,
  canonical: Canonical,
): void {
  const source = body as Record<string, unknown>
  const target = canonical as Record<keyof Canonical, unknown>
  for (const [wire, field] of table) {
    const value = source[wire]
    if (value != null) target[field] = value
  }
}

/** Canonical → wire: each field of the table `canonical` sets goes to `body` by its wire name. */
export function encodeRequestFields<Canonical extends object>(
  canonical: Canonical,
  table: RequestFieldTable<Canonical>,
  body: object,
): void {
  const target = body as Record<string, unknown>
  for (const [wire, field] of table) {
    const value = canonical[field]
    if (value !== undefined) target[wire] = value
  }
}
