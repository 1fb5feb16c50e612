import { fileURLToPath } from 'node:url'
import { describeFuzz, loadFixtures } from '@chatwire/testkit'
import { createFriendliFuzzTargets } from './test-support/create-friendli-fuzz-targets'

// Every Friendli decoder (requests for each product) over mutated fixtures and random JSON: a
// short, fixed replay in `npm test`; `pnpm fuzz` runs long campaigns (RELIABILITY.md, "Fuzzing").
const fixtures = loadFixtures(fileURLToPath(new URL('./__fixtures__', import.meta.url)))
describeFuzz(createFriendliFuzzTargets(fixtures), { seed: 1, cases: 1500 })
