// `pnpm fuzz`: a campaign over every Elastic decoder (see scripts/fuzz.mjs).
import { fileURLToPath } from 'node:url'
import { createCodecFuzzTargets, loadFixtures, runFuzzCampaign } from '@chatwire/testkit'
import { elasticCodec } from '../src/index'

const fixtures = loadFixtures(fileURLToPath(new URL('../src/__fixtures__', import.meta.url)))
const crashes = runFuzzCampaign(createCodecFuzzTargets(elasticCodec, fixtures), process.argv)
process.exit(crashes === 0 ? 0 : 1)
