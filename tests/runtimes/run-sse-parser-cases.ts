import { chunkings } from '../../packages/sse/src/test-support/chunkings'
import { parseChunks } from '../../packages/sse/src/test-support/parse-chunks'
import { SSE_PARSER_CASES } from '../../packages/sse/src/test-support/sse-parser-cases'
import { isDeepEqual } from './is-deep-equal'
import { runCase, show } from './run-case'
import type { CaseOutcome } from './runtime-input'

/**
 * The SSE parser's own table (WHATWG rules, a BOM per event, invalid and cut UTF-8, vendor
 * transcripts): bytes whole, one at a time and split at every index, then, for text cases, the
 * same cuts of the text; each must give the table's expected events, comments and retries.
 */
export function runSseParserCases(): Promise<CaseOutcome>[] {
  const encoder = new TextEncoder()
  return SSE_PARSER_CASES.map(({ name, input, expected }) =>
    runCase(`sse parser ${name}`, (check) => {
      const want = { comments: [], retries: [], ...expected }
      const bytes = typeof input === 'string' ? encoder.encode(input) : input
      const cuts: { label: string; chunks: (Uint8Array | string)[] }[] = chunkings(bytes)
      if (typeof input === 'string')
        for (const { label, chunks } of chunkings(input))
          cuts.push({ label: `text ${label}`, chunks })
      for (const { label, chunks } of cuts) {
        const parsed = parseChunks(chunks)
        check(isDeepEqual(parsed, want), () => `${label}: ${show(parsed)}`)
      }
      return parseChunks([bytes])
    }),
  )
}
