// `pnpm fuzz [--seconds N] [--seed S] [--target name --case I]`: a fuzz campaign over every
// decoder. Runs each `packages/*/fuzz/*.fuzz.ts` with tsx on sources (as scripts/bench.mjs runs
// benchmarks), one after the other, sharing the time between them. Each prints
// `FUZZ <target> cases=<n> crashes=<n>` and every distinct crash with its reproducer.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)
const flag = (name, fallback) => {
  const at = argv.indexOf(name)
  return at === -1 ? fallback : argv[at + 1]
}
const seconds = Number(flag('--seconds', '60'))
const seed = flag('--seed', String(Date.now() % 2 ** 31))
const target = flag('--target', undefined)

const files = []
for (const name of readdirSync(`${root}packages`).sort()) {
  const dir = `${root}packages/${name}/fuzz`
  if (!existsSync(dir)) continue
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.fuzz.ts')) files.push(`packages/${name}/fuzz/${file}`)
  }
}
// A target name starts with its package's dialect (`friendli.tools.decodeRequest`, `sse.parser`).
const chosen = target
  ? files.filter((file) => target.startsWith(file.split('/').at(-1).replace('.fuzz.ts', '')))
  : files
console.log(`fuzz: seed ${seed}, ${seconds} s over ${chosen.length} files`)
let failed = 0
for (const file of chosen) {
  const share = String(seconds / chosen.length)
  const passOn = ['--seconds', share, '--seed', seed]
  if (target) passOn.push('--target', target)
  if (flag('--case', undefined) !== undefined) passOn.push('--case', flag('--case'))
  const result = spawnSync(
    `${root}node_modules/.bin/tsx`,
    ['--conditions=@chatwire/source', file, ...passOn],
    { cwd: root, stdio: 'inherit' },
  )
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
