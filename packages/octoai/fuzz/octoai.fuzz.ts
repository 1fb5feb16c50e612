// `pnpm fuzz`: a campaign over every OctoAI decoder (see scripts/fuzz.mjs).
import { fileURLToPath } from 'node:url'
import { createCodecFuzzTargets, loadFixtures, runFuzzCampaign } from '@chatwire/testkit'
import { octoaiCodec } from '../src/index'

const fixtures = loadFixtures(fileURLToPath(new URL('../src/__fixtures__', import.meta.url)))
const crashes = runFuzzCampaign(createCodecFuzzTargets(octoaiCodec, fixtures), process.argv)
process.exit(crashes === 0 ? 0 : 1)
