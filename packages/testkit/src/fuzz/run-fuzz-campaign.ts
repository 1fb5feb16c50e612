import type { FuzzTarget } from './fuzz-target'
import { formatFuzzCrash, replayFuzzCase, runFuzzTarget } from './run-fuzz'

interface FuzzCampaignArguments {
  seconds: number
  seed: number
  target: string | undefined
  case: number | undefined
}

/** `--seconds N --seed S [--target name --case I]`, as `scripts/fuzz.mjs` passes them on. */
export function parseFuzzArguments(argv: readonly string[]): FuzzCampaignArguments {
  const value = (flag: string) => {
    const at = argv.indexOf(flag)
    return at === -1 ? undefined : argv[at + 1]
  }
  const number = (flag: string, fallback?: number) => {
    const text = value(flag)
    return text === undefined ? fallback : Number(text)
  }
  return {
    seconds: number('--seconds', 10) as number,
    seed: number('--seed', 1) as number,
    target: value('--target'),
    case: number('--case'),
  }
}

/**
 * A campaign over `targets`: the time is shared equally, the cases and crashes of each target
 * are printed as `FUZZ <target> cases=<n> crashes=<n>` lines, each distinct crash with its
 * reproducer. With `--target` and `--case` it replays that one case. Returns the crash count.
 */
export function runFuzzCampaign(targets: readonly FuzzTarget[], argv: readonly string[]): number {
  const options = parseFuzzArguments(argv)
  const chosen = targets.filter((target) => !options.target || target.name === options.target)
  if (options.case !== undefined) {
    let crashes = 0
    for (const target of chosen) {
      const result = replayFuzzCase(target, options.seed, options.case)
      console.log(`${target.name} case ${options.case}: ${result.problem ?? 'no crash'}`)
      console.log(`  input: ${result.describeInput().slice(0, 4000)}`)
      if (result.problem) crashes++
    }
    return crashes
  }
  let crashes = 0
  const seconds = options.seconds / Math.max(1, chosen.length)
  for (const target of chosen) {
    const report = runFuzzTarget(target, { seed: options.seed, seconds })
    crashes += report.crashCount
    console.log(`FUZZ ${target.name} cases=${report.cases} crashes=${report.crashCount}`)
    for (const crash of report.crashes) console.log(formatFuzzCrash(crash))
  }
  return crashes
}
