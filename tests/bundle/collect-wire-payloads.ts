import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface WirePayload {
  /** The fixture file, and which event of a stream. */
  name: string
  value: unknown
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Each `data:` of an SSE file that is JSON (the `[DONE]` terminator and broken events are not). */
function streamPayloads(text: string): unknown[] {
  return text
    .replaceAll('\uFEFF', '')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('data:'))
    .map((line) => parseJson(line.slice(5).trim()))
    .filter((value) => value !== undefined)
}

/** The JSON of one fixture file, by the naming convention of `packages/testkit/src/load-fixtures.ts`. */
function filePayloads(path: string): unknown[] {
  const text = readFileSync(path, 'utf8')
  if (path.endsWith('.sse')) return streamPayloads(text)
  if (!path.endsWith('.json') || path.endsWith('.context.json')) return []
  const json = parseJson(text) as Record<string, unknown> | undefined
  if (path.endsWith('.invalid.json')) return [json?.body]
  if (path.endsWith('.error.json')) {
    return typeof json?.body === 'string'
      ? [parseJson(json.body)].filter((v) => v !== undefined)
      : []
  }
  return json === undefined ? [] : [json]
}

/** Every wire payload of a codec's `__fixtures__` (sub-folders included): bodies, chunks, errors. */
export function collectWirePayloads(dir: string): WirePayload[] {
  const payloads: WirePayload[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    filePayloads(path).forEach((value, index) => {
      payloads.push({ name: `${path.slice(dir.length + 1)}#${index}`, value })
    })
  }
  return payloads.sort((a, b) => (a.name < b.name ? -1 : 1))
}
