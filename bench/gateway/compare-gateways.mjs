// Same-run A/B of two or more built gateways (e.g. a base commit's worktree against this one):
// one fake upstream on core 0, every gateway started at once on core 1, then wrk runs alternated
// between them (order rotated every rep), CPU µs per request from /proc around each run.
// Optional `--cpu-prof DIR` runs each gateway under `node --cpu-prof` (profiles written on exit).
//
//   node bench/gateway/compare-gateways.mjs --root base=/tmp/base --root head=. \
//     [--scenarios nonstream,stream200] [--conns 32] [--reps 3] [--duration 5] [--warmup 5]
//     [--cpu-prof DIR] [--args head='--log-level warn']
//
// Each root must hold a built gateway (`pnpm --filter @chatwire/gateway build` in it).
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cpuMicros, pinSelf, portFromStdout, sleep, startProcess, stopAll } from './processes.mjs'
import { SCENARIOS } from './report.mjs'
import { requestBody } from './request-body.mjs'
import { runWrk } from './run-wrk.mjs'

const benchDir = fileURLToPath(new URL('.', import.meta.url))
const LOAD_CORE = 0
const TARGET_CORE = 1

function parseArgs(argv) {
  const options = {
    roots: [],
    scenarios: ['nonstream', 'stream200'],
    conns: 32,
    reps: 3,
    durationS: 5,
    warmupS: 5,
    cpuProf: undefined,
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => argv[++i]
    if (flag === '--root') {
      const [label, dir] = value().split('=')
      options.roots.push({ label, dir: resolve(dir), args: [] })
    } else if (flag === '--args') {
      const [label, ...rest] = value().split('=')
      const root = options.roots.find((r) => r.label === label)
      if (!root) throw new Error(`--args ${label}: no --root ${label} before it`)
      root.args = rest.join('=').split(' ').filter(Boolean)
    } else if (flag === '--scenarios') options.scenarios = value().split(',')
    else if (flag === '--conns') options.conns = Number(value())
    else if (flag === '--reps') options.reps = Number(value())
    else if (flag === '--duration') options.durationS = Number(value())
    else if (flag === '--warmup') options.warmupS = Number(value())
    else if (flag === '--cpu-prof') options.cpuProf = resolve(value())
    else throw new Error(`unknown flag ${flag}`)
  }
  if (options.roots.length === 0) throw new Error('give at least one --root label=dir')
  for (const s of options.scenarios) if (!SCENARIOS[s]) throw new Error(`unknown scenario ${s}`)
  return options
}

function wrk(port, scenario, conns, seconds) {
  const spec = SCENARIOS[scenario]
  return runWrk({
    core: LOAD_CORE,
    port,
    path: '/v1/chat/completions',
    body: requestBody({ model: 'gpt-4o-mini', chunks: spec.chunks, stream: spec.stream }),
    conns,
    seconds,
  })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  pinSelf(LOAD_CORE)
  const tmp = mkdtempSync(join(os.tmpdir(), 'chatwire-ab-'))
  const upstream = await startProcess({
    name: 'fake-upstream',
    core: LOAD_CORE,
    command: process.execPath,
    args: [join(benchDir, 'fake-upstream.mjs'), '0'],
    ready: portFromStdout,
  })
  const config = join(tmp, 'gateway.json')
  writeFileSync(
    config,
    JSON.stringify({
      upstreams: { up: { dialect: 'openai', baseURL: `http://127.0.0.1:${upstream.port}/v1` } },
      routes: [{ match: '*', upstream: 'up' }],
    }),
  )
  const gateways = []
  for (const root of options.roots) {
    const prof = options.cpuProf
      ? ['--cpu-prof', '--cpu-prof-dir', join(options.cpuProf, root.label)]
      : []
    const proc = await startProcess({
      name: root.label,
      core: TARGET_CORE,
      command: process.execPath,
      args: [...prof, 'apps/gateway/dist/main.js', '--config', config, '--port', '0', ...root.args],
      cwd: root.dir,
      env: { ...process.env, INIT_CWD: root.dir },
      ready: portFromStdout,
    })
    gateways.push({ ...root, ...proc, runs: {} })
  }
  for (const gateway of gateways) {
    gateway.served = 0
    for (const scenario of options.scenarios)
      gateway.served += (await wrk(gateway.port, scenario, options.conns, options.warmupS)).requests
  }
  for (let rep = 0; rep < options.reps; rep++) {
    for (const scenario of options.scenarios) {
      const order = gateways.map((_, i) => gateways[(i + rep) % gateways.length])
      for (const gateway of order) {
        const cpu0 = cpuMicros(gateway.pid)
        const result = await wrk(gateway.port, scenario, options.conns, options.durationS)
        gateway.served += result.requests
        await sleep(300)
        const cpu = (cpuMicros(gateway.pid) - cpu0) / result.requests
        const rps = result.requests / (result.durationUs / 1e6)
        const errors = Object.values(result.errors).reduce((a, b) => a + b, 0)
        gateway.runs[scenario] ??= []
        gateway.runs[scenario].push({ cpu, rps, errors })
        console.log(
          `rep ${rep + 1} ${scenario}@${options.conns} ${gateway.label}: ${rps.toFixed(0)} req/s, ` +
            `${cpu.toFixed(1)} µs CPU/request${errors ? `, ${errors} errors` : ''}`,
        )
      }
    }
  }
  console.log('\nmedian [min–max] over reps')
  for (const scenario of options.scenarios) {
    const base = median(gateways[0].runs[scenario].map((r) => r.cpu))
    for (const gateway of gateways) {
      const cpus = gateway.runs[scenario].map((r) => r.cpu)
      const rpss = gateway.runs[scenario].map((r) => r.rps)
      console.log(
        `${scenario}@${options.conns} ${gateway.label}: CPU µs/request ${median(cpus).toFixed(0)} ` +
          `[${Math.min(...cpus).toFixed(0)}–${Math.max(...cpus).toFixed(0)}], ` +
          `${(median(cpus) / base).toFixed(2)}× ${gateways[0].label}; req/s ${median(rpss).toFixed(0)} ` +
          `[${Math.min(...rpss).toFixed(0)}–${Math.max(...rpss).toFixed(0)}]`,
      )
    }
  }
  // With --cpu-prof: a profile's busy samples ÷ this = its CPU per request.
  for (const gateway of gateways)
    console.log(`${gateway.label}: ${gateway.served} requests served, warm-up included`)
  await stopAll()
}

main().catch(async (error) => {
  console.error(error)
  await stopAll()
  process.exit(1)
})
