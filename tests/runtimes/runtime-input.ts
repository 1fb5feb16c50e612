import type {
  ErrorFixture,
  InvalidRequestFixture,
  RequestFixture,
  ResponseFixture,
} from '@chatwire/testkit'

/** The four codecs the matrix runs, by dialect. */
export const CODEC_NAMES = ['openai', 'elastic', 'octoai', 'friendli'] as const
export type CodecName = (typeof CODEC_NAMES)[number]

/** A `.sse` fixture with its bytes as base64, so it survives JSON and inlining. */
interface PortableStreamFixture {
  name: string
  base64: string
  ends: 'done' | 'error'
}

/** One codec's `__fixtures__`, as plain JSON: what the bundle carries inside it. */
export interface PortableFixtures {
  codec: CodecName
  requests: RequestFixture[]
  invalid: InvalidRequestFixture[]
  responses: ResponseFixture[]
  streams: PortableStreamFixture[]
  errors: ErrorFixture[]
}

/** What one case computed: its output (compared with Node's) and the checks that failed. */
export interface CaseOutcome {
  name: string
  output: unknown
  problems: string[]
}

/** One case's verdict in a runtime. */
export interface CaseResult {
  name: string
  passed: boolean
  problems: string[]
}

/** What the bundle prints (CLI runtimes) or leaves on `globalThis` (Chromium). */
export interface RuntimeReport {
  runtime: string
  results: CaseResult[]
}

/** Everything inlined into the bundle: the fixtures and each case's output as Node computed it. */
export interface RuntimeInput {
  fixtures: PortableFixtures[]
  /** Case name → `JSON.stringify(output)` from Node. */
  expected: Record<string, string>
}

/** The line prefix of the report a CLI runtime prints. */
export const REPORT_PREFIX = 'chatwire-runtime-report '
/** The global a page's bundle leaves its report on. */
export const REPORT_GLOBAL = 'chatwireRuntimeReport'
