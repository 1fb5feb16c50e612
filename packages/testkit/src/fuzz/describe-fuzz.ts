import { describe, expect, it } from 'vitest'
import type { FuzzTarget } from './fuzz-target'
import { formatFuzzCrash, runFuzzTarget } from './run-fuzz'

/** Runs each target for a fixed seed and case count inside `npm test`: a short, exact replay. */
export function describeFuzz(
  targets: readonly FuzzTarget[],
  options: { seed: number; cases: number },
) {
  describe(`fuzz (seed ${options.seed}, ${options.cases} cases per decoder)`, () => {
    it.each(targets.map((target) => [target.name, target] as const))(
      '%s: only ChatwireErrors and error parts come out',
      (_name, target) => {
        const report = runFuzzTarget(target, options)
        expect(report.crashes.map(formatFuzzCrash)).toEqual([])
        expect(report.cases).toBe(options.cases)
      },
    )
  })
}
