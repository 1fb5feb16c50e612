import { fileURLToPath } from 'node:url'
import { describeCodecConformance, loadFixtures } from '@chatwire/testkit'
import { elasticCodec } from './elastic-codec'
import { elasticServerParserFixtures } from './test-support/elastic-server-parser-facts'

// The fixture files plus every row of the ES parser facts table (SOURCES.md).
const fixtures = loadFixtures(fileURLToPath(new URL('./__fixtures__', import.meta.url)))
const facts = elasticServerParserFixtures()
fixtures.requests.push(...facts.requests)
fixtures.invalid.push(...facts.invalid)

describeCodecConformance({ codec: elasticCodec, fixtures })
