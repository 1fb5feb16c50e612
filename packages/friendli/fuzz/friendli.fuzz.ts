// `pnpm fuzz`: a campaign over every Friendli decoder, requests for each product (see
// scripts/fuzz.mjs).
import { fileURLToPath } from 'node:url'
import { loadFixtures, runFuzzCampaign } from '@chatwire/testkit'
import { createFriendliFuzzTargets } from '../src/test-support/create-friendli-fuzz-targets'

const fixtures = loadFixtures(fileURLToPath(new URL('../src/__fixtures__', import.meta.url)))
const crashes = runFuzzCampaign(createFriendliFuzzTargets(fixtures), process.argv)
process.exit(crashes === 0 ? 0 : 1)
