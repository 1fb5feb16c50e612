import { codecOf } from './codec-of'
import { runRequestCases } from './run-request-cases'
import { runResponseCases } from './run-response-cases'
import { runSseParserCases } from './run-sse-parser-cases'
import { runStreamCases } from './run-stream-cases'
import { runValidatorCases } from './run-validator-cases'
import type { CaseOutcome, PortableFixtures } from './runtime-input'

/** Every case of the matrix, in a fixed order: each codec's fixtures, core's validators, the SSE parser. */
export function runRuntimeCases(fixtures: PortableFixtures[]): Promise<CaseOutcome[]> {
  const cases = fixtures.flatMap((set) => {
    const codec = codecOf(set.codec)
    return [
      ...runRequestCases(codec, set),
      ...runResponseCases(codec, set),
      ...runStreamCases(codec, set),
    ]
  })
  return Promise.all([...cases, ...runValidatorCases(), ...runSseParserCases()])
}
