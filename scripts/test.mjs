// The whole test suite: the browser the docs test needs, the Redis the quota tests need, lint,
// type-check, build, then every vitest project in one run.
// The last line is always the plain total `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { delimiter } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => `${root}node_modules/.bin/${name}`
// turbo looks for pnpm on PATH: the pinned one in node_modules/.bin.
const env = {
  ...process.env,
  PATH: `${root}node_modules/.bin${delimiter}${process.env.PATH ?? ''}`,
}
const run = (label, command, args) => {
  console.log(`\n── ${label}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  return result.status === 0
}

const resultsFile = `${root}.vitest-results.json`
rmSync(resultsFile, { force: true })

const TESTS = 'tests (vitest)'
const steps = [
  [
    'browser for the docs test (ensure-chromium)',
    process.execPath,
    [`${root}scripts/ensure-chromium.mjs`],
  ],
  [
    'redis-server for the shared quota tests (ensure-redis)',
    process.execPath,
    [`${root}scripts/ensure-redis.mjs`],
  ],
  ['lint and format (biome ci)', bin('biome'), ['ci', '.']],
  // Every public package changed since the base branch names a changeset; the base (and why a
  // clone without a remote passes) is explained in the script.
  ['changesets (check-changesets)', process.execPath, [`${root}scripts/check-changesets.mjs`]],
  // Every workspace project in one program, each file checked once: 20 s, where one tsc per
  // package (`pnpm typecheck`) re-checked the sources each imports and took 100-120 s here.
  [
    'type-check (tsconfig.workspace.json)',
    bin('tsc'),
    ['--noEmit', '-p', 'tsconfig.workspace.json'],
  ],
  ['type-check (tests/packaging)', bin('tsc'), ['--noEmit', '-p', 'tests/packaging']],
  ['type-check (scripts)', bin('tsc'), ['--noEmit', '-p', 'scripts']],
  // Unused files, exports and dependencies across the workspaces (knip.json says the entries).
  ['unused code (knip)', bin('knip'), []],
  // The packaging tests pack and install the built packages; building here (not inside a test)
  // keeps the build off the CPU while the other tests run: tests/packaging then hits turbo's
  // cache, and testkit's packaging tests pack each dist as it is (newer than its inputs).
  ['build (turbo run build)', bin('turbo'), ['run', 'build', '--output-logs=errors-only']],
  [
    TESTS,
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
  ],
]
const failedSteps = steps.filter(([label, command, args]) => !run(label, command, args))

let passed = 0
let failed = 0
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed = results.numPassedTests
  failed = results.numFailedTests
  // A suite that failed to load has no tests to count: count it as a failure.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length
}
// Every failed step that is not the test run counts once; the test run counts its failed tests,
// or once when it failed without reporting any (a crash, a missing results file).
const failedTests = failed
for (const [label] of failedSteps) {
  console.log(`failed step: ${label}`)
  if (label !== TESTS || failedTests === 0) failed++
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failedSteps.length || failed ? 1 : 0)
