import type { Dialect } from '@chatwire/core'

/**
 * The start-up banner of the embedded default: which emulators serve, the model names that
 * reach them (each dialect's `embedded` notes), and a first request to try, in the first
 * dialect's wire format at its first path.
 */
export function describeEmbeddedDefault(url: string, dialects: readonly Dialect[]): string[] {
  const embedded = dialects.filter((dialect) => dialect.embedded?.length && dialect.emulator)
  const titles = embedded.map((dialect) => dialect.title)
  const notes = embedded.flatMap((dialect) => dialect.embedded?.map(({ note }) => note) ?? [])
  const lines = [
    `Serving the embedded default: emulated ${listInWords(titles)} upstreams.`,
    `Models: ${notes.join(', ')}. Try:`,
  ]
  const first = embedded[0]
  const path = first?.endpoints[0]?.gatewayPaths.find((candidate) => !candidate.includes('{'))
  const model = first?.embedded?.[0]?.routes[0]?.match
  if (first && path && model) {
    const { body } = first.codec.encodeRequest(
      { model, messages: [{ role: 'user', content: 'Hello' }] },
      { stream: false },
    ) as { body: Record<string, unknown> }
    // Not streaming is every flag dialect's default: the example leaves the flag out.
    if (body.stream === false) delete body.stream
    lines.push(
      `  curl ${url}${path} -H 'content-type: application/json' -d '${JSON.stringify(body)}'`,
    )
  }
  return lines
}

/** `A, B and C`. */
function listInWords(items: readonly string[]): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
