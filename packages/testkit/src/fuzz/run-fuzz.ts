import { caseSeed, createRandom } from './create-random'
import type { FuzzTarget } from './fuzz-target'

export interface FuzzOptions {
  seed: number
  /** Cases per target (default: unlimited when `seconds` is set, else 1,000). */
  cases?: number
  /** Wall-clock budget per target. */
  seconds?: number
  /** Distinct crashes kept per target (default 5); every crash is still counted. */
  keep?: number
}

export interface FuzzCrash {
  target: string
  seed: number
  index: number
  problem: string
  input: string
}

export interface FuzzReport {
  target: string
  cases: number
  crashCount: number
  crashes: FuzzCrash[]
}

/** Runs one case of `target` exactly as a campaign with `seed` ran its `index`th. */
export function replayFuzzCase(target: FuzzTarget, seed: number, index: number) {
  return target.run(createRandom(caseSeed(seed, target.name, index)))
}

/** Runs each target for its share of cases or seconds; crashes are grouped by their message. */
export function runFuzzTarget(target: FuzzTarget, options: FuzzOptions): FuzzReport {
  const limit = options.cases ?? (options.seconds === undefined ? 1000 : Number.POSITIVE_INFINITY)
  const deadline =
    options.seconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.seconds * 1000
  const report: FuzzReport = { target: target.name, cases: 0, crashCount: 0, crashes: [] }
  const seen = new Set<string>()
  for (let index = 0; index < limit; index++) {
    if (index % 64 === 0 && Date.now() > deadline) break
    const result = replayFuzzCase(target, options.seed, index)
    report.cases++
    if (result.problem === undefined) continue
    report.crashCount++
    const signature = result.problem.replace(/\d+/g, 'N').slice(0, 100)
    if (seen.has(signature) || report.crashes.length >= (options.keep ?? 5)) continue
    seen.add(signature)
    report.crashes.push({
      target: target.name,
      seed: options.seed,
      index,
      problem: result.problem,
      input: result.describeInput(),
    })
  }
  return report
}

/** A crash as a reader can reproduce it. */
export function formatFuzzCrash(crash: FuzzCrash): string {
  return [
    `${crash.target}: ${crash.problem}`,
    `  reproduce: pnpm fuzz --seed ${crash.seed} --target ${crash.target} --case ${crash.index}`,
    `  input: ${crash.input.slice(0, 2000)}`,
  ].join('\n')
}
