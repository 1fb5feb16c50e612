import { fileURLToPath } from 'node:url'
import { loadFixtures } from '@chatwire/testkit'
import { elasticServerParserFixtures } from '../../packages/elastic/src/test-support/elastic-server-parser-facts'
import { CODEC_NAMES, type PortableFixtures } from './runtime-input'

const fixturesOf = (codec: string) =>
  fileURLToPath(new URL(`../../packages/${codec}/src/__fixtures__`, import.meta.url))

/**
 * Each codec's `__fixtures__` as its conformance test reads them (Elastic's with the rows of its
 * server parser facts), stream bytes as base64: plain JSON to inline into the bundle.
 */
export function collectRuntimeFixtures(): PortableFixtures[] {
  return CODEC_NAMES.map((codec) => {
    const { streams, ...rest } = loadFixtures(fixturesOf(codec))
    if (codec === 'elastic') {
      const facts = elasticServerParserFixtures()
      rest.requests.push(...facts.requests)
      rest.invalid.push(...facts.invalid)
    }
    return {
      codec,
      ...rest,
      streams: streams.map(({ name, bytes, ends }) => ({
        name,
        base64: Buffer.from(bytes).toString('base64'),
        ends,
      })),
    }
  })
}
