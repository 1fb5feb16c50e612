export { catchChatwireError } from './catch-chatwire-error'
export type {
  CrossFormatMember,
  KnownRejection,
  PathReasons,
} from './cross-format/cross-format-member'
export {
  type CrossFormatMatrixOptions,
  describeCrossFormatMatrix,
} from './cross-format/describe-cross-format-matrix'
export { type ConformanceOptions, describeCodecConformance } from './describe-codec-conformance'
export { describeSourcesFixtures } from './describe-sources-fixtures'
export * from './fuzz/index'
export { CHROMIUM_PATH, type LaunchedChromium, launchChromium } from './launch-chromium'
export {
  type ErrorFixture,
  type Fixtures,
  type InvalidRequestFixture,
  loadFixtures,
  type RequestFixture,
  type ResponseFixture,
  type StreamFixture,
} from './load-fixtures'
export {
  arbitraryChatRequest,
  arbitraryChatResponse,
  arbitraryChatStream,
} from './properties/canonical-arbitraries'
export {
  type CodecPropertyOptions,
  describeCodecProperties,
} from './properties/describe-codec-properties'
export { chunksOf, textOf } from './read-stream-parts'
export { decodeByteStream, encodePartStream } from './run-chunk-streams'
export {
  decodeBytes,
  decodeEvents,
  encodeEvents,
  encodeParts,
  splitBytes,
} from './run-codec-stream'
export { withoutNulls } from './without-nulls'
