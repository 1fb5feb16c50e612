// The bundle's entry: runs every case on the inlined fixtures, judges them against Node's outputs,
// then prints the report (Node, Bun, Deno) and leaves it on `globalThis` (a browser page).
// @ts-expect-error: a virtual module, made by build-runtime-bundle.ts's esbuild plugin
import input from 'chatwire:runtime-input'
import { describeRuntime } from './describe-runtime'
import { judgeRuntimeCases } from './judge-runtime-cases'
import { runRuntimeCases } from './run-runtime-cases'
import {
  REPORT_GLOBAL,
  REPORT_PREFIX,
  type RuntimeInput,
  type RuntimeReport,
} from './runtime-input'

const { fixtures, expected } = input as RuntimeInput
const report: RuntimeReport = {
  runtime: describeRuntime(),
  results: judgeRuntimeCases(await runRuntimeCases(fixtures), expected),
}
;(globalThis as Record<string, unknown>)[REPORT_GLOBAL] = report
console.log(`${REPORT_PREFIX}${JSON.stringify(report)}`)
