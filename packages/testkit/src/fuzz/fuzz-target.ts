import type { Random } from './create-random'

/** One case: what went wrong (undefined when nothing did) and the input, for a reproducer. */
export interface FuzzCaseResult {
  problem: string | undefined
  /** The input as text, only computed for a crash. */
  describeInput(): string
}

export interface FuzzTarget {
  /** `<dialect>.decodeRequest`, `sse.parser`… */
  name: string
  run(random: Random): FuzzCaseResult
}
