// `pnpm fuzz [--seconds N] [--seed S] [--jobs J] [--target name --case I]`: a fuzz campaign over
// every decoder. Runs each `packages/*/fuzz/*.fuzz.ts` with tsx on sources (as scripts/bench.mjs
// runs benchmarks), J at a time (default 1: the machine is shared), sharing the time between them. Each prints
// `FUZZ <target> cases=<n> crashes=<n>` and every distinct crash with its reproducer.
import { spawn } from 'node:child_process'
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
const jobs = Math.max(1, Number(flag('--jobs', '1')))
const share = String((seconds * jobs) / chosen.length)

/** Runs one file; its output is printed whole when it ends, so parallel runs do not interleave. */
function run(file) {
  const passOn = ['--seconds', share, '--seed', seed]
  if (target) passOn.push('--target', target)
  if (flag('--case', undefined) !== undefined) passOn.push('--case', flag('--case'))
  return new Promise((resolve) => {
    const child = spawn(
      `${root}node_modules/.bin/tsx`,
      ['--conditions=@chatwire/source', file, ...passOn],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.on('close', (code) => {
      process.stdout.write(output)
      resolve(code === 0)
    })
  })
}

let failed = 0
const queue = [...chosen]
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (!(await run(file))) failed++
    }
  }),
)
process.exit(failed ? 1 : 0)
