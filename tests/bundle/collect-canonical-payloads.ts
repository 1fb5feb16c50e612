import type { Codec } from '../../packages/core/src/index'
import { loadFixtures } from '../../packages/testkit/src/load-fixtures'
import { decodeBytes } from '../../packages/testkit/src/run-codec-stream'
import type { WirePayload } from './collect-wire-payloads'

const attempt = (run: () => unknown): unknown[] => {
  try {
    return [run()]
  } catch {
    return []
  }
}

/**
 * The canonical values a codec makes of its fixtures (requests, responses, stream parts and the
 * errors it decodes), for the differential test of core's own schemas.
 */
export function collectCanonicalPayloads(codec: Codec, dir: string): WirePayload[] {
  const fixtures = loadFixtures(dir)
  const payloads: WirePayload[] = []
  const add = (name: string, values: unknown[]) =>
    values.forEach((value, index) => {
      payloads.push({ name: `canonical ${name}#${index}`, value })
    })
  for (const { name, body, context } of fixtures.requests) {
    add(
      name,
      attempt(() => codec.decodeRequest(body, context)),
    )
  }
  for (const { name, body } of fixtures.responses)
    add(
      name,
      attempt(() => codec.decodeResponse(body)),
    )
  for (const { name, bytes } of fixtures.streams) add(name, decodeBytes(codec, bytes))
  for (const { name, status, body, headers } of fixtures.errors) {
    add(
      name,
      attempt(() => codec.decodeError(status, body, headers)),
    )
  }
  return payloads
}
