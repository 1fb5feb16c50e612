export { createCodecFuzzTargets } from './create-codec-fuzz-targets'
export { caseSeed, createRandom, type Random } from './create-random'
export { createSseFuzzTarget } from './create-sse-fuzz-target'
export { describeFuzz } from './describe-fuzz'
export type { FuzzCaseResult, FuzzTarget } from './fuzz-target'
export { readSseTranscripts } from './read-sse-transcripts'
export {
  type FuzzCrash,
  type FuzzOptions,
  type FuzzReport,
  formatFuzzCrash,
  replayFuzzCase,
  runFuzzTarget,
} from './run-fuzz'
export { parseFuzzArguments, runFuzzCampaign } from './run-fuzz-campaign'
