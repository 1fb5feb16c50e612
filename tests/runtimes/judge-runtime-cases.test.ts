import { afterEach, describe, expect, it } from 'vitest'
import { judgeRuntimeCases } from './judge-runtime-cases'
import { runSseParserCases } from './run-sse-parser-cases'
import type { CaseOutcome } from './runtime-input'

const OUTPUT = { parts: [{ type: 'chunk', text: 'héllo' }] }
const EXPECTED = { a: JSON.stringify(OUTPUT) }

describe('judgeRuntimeCases', () => {
  it.each<[string, CaseOutcome[], Record<string, string>, string | null]>([
    ['the output Node computed', [{ name: 'a', output: OUTPUT, problems: [] }], EXPECTED, null],
    [
      'one character decoded differently',
      [{ name: 'a', output: { parts: [{ type: 'chunk', text: 'h\uFFFDllo' }] }, problems: [] }],
      EXPECTED,
      "output differs from Node's at character 35",
    ],
    [
      'keys in another order',
      [{ name: 'a', output: { parts: [{ text: 'héllo', type: 'chunk' }] }, problems: [] }],
      EXPECTED,
      "output differs from Node's at character 13",
    ],
    [
      'a failed check',
      [{ name: 'a', output: OUTPUT, problems: ['differs in 1s'] }],
      EXPECTED,
      'differs in 1s',
    ],
    ['a case Node did not run', [{ name: 'b', output: OUTPUT, problems: [] }], {}, 'a case Node'],
    ['a case the runtime did not run', [], EXPECTED, 'not run'],
  ])('%s', (_label, outcomes, expected, problem) => {
    const [result] = judgeRuntimeCases(outcomes, expected)
    expect(result?.passed).toBe(problem === null)
    if (problem !== null) expect(result?.problems.join('\n')).toContain(problem)
  })
})

describe('a runtime whose TextDecoder ignores { stream: true }', () => {
  const original = globalThis.TextDecoder
  afterEach(() => {
    globalThis.TextDecoder = original
  })

  // Regression guard for the matrix itself: a real runtime difference must fail real cases.
  it('fails the SSE parser cases with UTF-8 cut between reads', async () => {
    const outcomes = await Promise.all(runSseParserCases())
    const expected = Object.fromEntries(
      outcomes.map(({ name, output }) => [name, JSON.stringify(output)]),
    )
    globalThis.TextDecoder = class extends original {
      override decode(input?: AllowSharedBufferSource): string {
        return super.decode(input)
      }
    }
    const results = judgeRuntimeCases(await Promise.all(runSseParserCases()), expected)
    const failed = results.filter(({ passed }) => !passed).map(({ name }) => name)
    expect(failed).toContain('sse parser multi-byte UTF-8')
    expect(failed).not.toContain('sse parser LF line endings')
  })
})
