import { fileURLToPath } from 'node:url'
import { createCodecFuzzTargets, describeFuzz, loadFixtures } from '@chatwire/testkit'
import { openaiCodec } from './openai-codec'

// Every OpenAI decoder over mutated fixtures and random JSON: a short, fixed replay in `npm test`;
// `pnpm fuzz` runs long campaigns (RELIABILITY.md, "Fuzzing").
const fixtures = loadFixtures(fileURLToPath(new URL('./__fixtures__', import.meta.url)))
describeFuzz(createCodecFuzzTargets(openaiCodec, fixtures), { seed: 1, cases: 1500 })
