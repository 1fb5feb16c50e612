// `pnpm fuzz`: a campaign over the SSE parser, fed every codec's recorded streams (see
// scripts/fuzz.mjs).

import { createSseFuzzTarget } from '../src/fuzz/create-sse-fuzz-target'
import { readSseTranscripts } from '../src/fuzz/read-sse-transcripts'
import { runFuzzCampaign } from '../src/fuzz/run-fuzz-campaign'

const crashes = runFuzzCampaign([createSseFuzzTarget(readSseTranscripts())], process.argv)
process.exit(crashes === 0 ? 0 : 1)
