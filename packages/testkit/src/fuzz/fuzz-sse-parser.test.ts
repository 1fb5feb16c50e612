import { createSseFuzzTarget } from './create-sse-fuzz-target'
import { describeFuzz } from './describe-fuzz'
import { readSseTranscripts } from './read-sse-transcripts'

// A short, fixed replay in `npm test`; `pnpm fuzz` runs long campaigns.
describeFuzz([createSseFuzzTarget(readSseTranscripts())], { seed: 11, cases: 8000 })
