// `pnpm bench:gateway`: throughput, latency, CPU and memory of the chatwire gateway against a
// direct call, a bare pass-through proxy and Portkey, in one run with interleaved reps.
// Method and flags: BENCHMARKS.md, "Gateway throughput". `--help` for the flags.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  canPin,
  cpuMicros,
  disablePinning,
  freePort,
  isStopping,
  killAllNow,
  peakRssKiB,
  pinSelf,
  portFromStdout,
  resetPeakRss,
  runToEnd,
  sleep,
  startProcess,
  stopAll,
  waitForPort,
} from '../bench/gateway/processes.mjs'
import { cellKey, LATENCY, renderMarkdown, SCENARIOS, summarize } from '../bench/gateway/report.mjs'
import { requestBody } from '../bench/gateway/request-body.mjs'
import { runWrk as runWrkPost } from '../bench/gateway/run-wrk.mjs'
import { renderSvg } from '../bench/gateway/svg-chart.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const benchDir = join(root, 'bench/gateway')
const portkeyDir = join(benchDir, 'portkey')
const portkeyMain = join(portkeyDir, 'node_modules/@portkey-ai/gateway/build/start-server.js')
const PORTKEY_PINS = { '@hono/node-server': '1.13.5', hono: '4.9.7', '@hono/node-ws': '1.2.0' }
const ALL_TARGETS = ['direct', 'passthrough', 'chatwire-openai', 'chatwire-elastic', 'portkey']
/** With --baseline-root: the same two gateway lanes from the other checkout, in the same run. */
const BASELINE_TARGETS = ['baseline-openai', 'baseline-elastic']
const ALL_SCENARIOS = [...Object.keys(SCENARIOS), 'latency']
const LOAD_CORE = 0 // fake upstream, wrk, probe client, this script
const TARGET_CORE = 1 // each proxy / gateway under test
const GAP_MS = 300 // after each wrk run, before reading /proc: aborted streams settle
const BUDGET_OVERHEAD_S = 0.7 // per wrk run: process start, /proc reads, the gap

const USAGE = `Usage: pnpm bench:gateway [-- flags]   (or node scripts/bench-gateway.mjs [flags])
  --quick              1 rep × 3 s, 2 s warm-up (smoke test)
  --only a,b           targets: ${ALL_TARGETS.join(', ')}
  --scenarios a,b      ${ALL_SCENARIOS.join(', ')}
  --conns 1,32,128     connection counts for the wrk scenarios
  --reps N             default 3
  --duration S         seconds per wrk run; default 10, shortened to fit --budget
  --warmup S           seconds of warm-up per target process; default 10
  --budget MIN         the whole run must fit in MIN minutes; default 20
  --out FILE.json|DIR  results file or folder (default bench/gateway/results/<date>.json; .svg beside)
  --gateway-root DIR   run the gateway from another chatwire checkout (default: this one)
  --baseline-root DIR  also run DIR's gateway as baseline-openai / baseline-elastic, interleaved
                       with this one's in the same reps (before/after ratios from one run)`

function parseArgs(argv) {
  const options = {
    quick: false,
    targets: ALL_TARGETS,
    scenarios: ALL_SCENARIOS,
    conns: [1, 32, 128],
    reps: 3,
    durationS: undefined,
    warmupS: 10,
    budgetMin: 20,
    out: undefined,
    gatewayRoot: root,
    baselineRoot: undefined,
  }
  const list = (value) =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`)
      return argv[++i]
    }
    if (flag === '--') continue
    else if (flag === '--help' || flag === '-h') options.help = true
    else if (flag === '--quick') options.quick = true
    else if (flag === '--only') options.targets = list(value())
    else if (flag === '--scenarios') options.scenarios = list(value())
    else if (flag === '--conns') options.conns = list(value()).map(Number)
    else if (flag === '--reps') options.reps = Number(value())
    else if (flag === '--duration') options.durationS = Number(value())
    else if (flag === '--warmup') options.warmupS = Number(value())
    else if (flag === '--budget') options.budgetMin = Number(value())
    else if (flag === '--out') options.out = resolve(process.env.INIT_CWD ?? process.cwd(), value())
    else if (flag === '--gateway-root')
      options.gatewayRoot = resolve(process.env.INIT_CWD ?? process.cwd(), value())
    else if (flag === '--baseline-root')
      options.baselineRoot = resolve(process.env.INIT_CWD ?? process.cwd(), value())
    else throw new Error(`unknown flag ${flag}`)
  }
  if (options.quick) {
    options.reps = 1
    options.durationS ??= 3
    options.warmupS = 2
  }
  for (const t of options.targets)
    if (!ALL_TARGETS.includes(t)) throw new Error(`unknown target ${t}`)
  for (const s of options.scenarios)
    if (!ALL_SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s}`)
  for (const c of options.conns) if (!(c >= 1)) throw new Error(`bad connection count ${c}`)
  // Ratios are against direct: it always runs.
  if (!options.targets.includes('direct')) options.targets = ['direct', ...options.targets]
  options.targets = ALL_TARGETS.filter((t) => options.targets.includes(t))
  if (options.baselineRoot) {
    const lanes = { 'baseline-openai': 'chatwire-openai', 'baseline-elastic': 'chatwire-elastic' }
    const wanted = BASELINE_TARGETS.filter((t) => options.targets.includes(lanes[t]))
    options.targets = [...options.targets, ...wanted]
  }
  return options
}

/** Seconds the run takes for a wrk run length of `durationS`. */
function estimateSeconds(options, durationS) {
  const targets = options.targets.length
  const wrkCells = options.scenarios.filter((s) => SCENARIOS[s]).length * options.conns.length
  const latencyProbe = options.scenarios.includes('latency') ? 3 : 0
  const startup = 25 + (options.targets.includes('portkey') ? 10 : 0)
  return (
    startup +
    targets * (options.warmupS + 1) +
    options.reps * targets * (wrkCells * (durationS + BUDGET_OVERHEAD_S) + latencyProbe)
  )
}

/** The wrk run length: --duration if given, else 10 s or less so the run fits the budget. */
function chooseDuration(options) {
  if (options.durationS !== undefined) return { durationS: options.durationS, shortened: false }
  const budget = options.budgetMin * 60
  let durationS = 10
  while (durationS > 3 && estimateSeconds(options, durationS) > budget) durationS--
  return { durationS, shortened: durationS < 10 }
}

function ensureWrk() {
  if (spawnSync('wrk', ['-v'], { stdio: 'ignore' }).error) {
    console.error(
      'bench:gateway needs wrk (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk). Skipped.',
    )
    return false
  }
  return true
}

/** npm-installs Portkey outside the pnpm workspace on first run; false if that fails. */
/**
 * The gateway as deployed: `apps/gateway/dist/main.js`, built from the sources now. A checkout
 * from before the gateway had a build (`--gateway-root` of an old commit) runs from its sources
 * with tsx as a loader instead.
 */
function buildGateway(gatewayRoot) {
  if (!existsSync(join(gatewayRoot, 'apps/gateway/tsup.config.ts'))) {
    console.log('This checkout has no gateway build: running it from source with tsx.')
    return true
  }
  console.log('Building the gateway (pnpm --filter @chatwire/gateway build) …')
  const built = spawnSync(
    join(gatewayRoot, 'node_modules/.bin/pnpm'),
    ['--filter', '@chatwire/gateway', 'build'],
    { cwd: gatewayRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (built.status === 0) return true
  console.error('The gateway build failed: see above.')
  return false
}

function ensurePortkey() {
  if (!existsSync(portkeyMain)) {
    const ci = existsSync(join(portkeyDir, 'package-lock.json'))
    const args = [ci ? 'ci' : 'install', '--no-audit', '--no-fund', '--ignore-scripts']
    console.log(`Installing Portkey: npm ${args.join(' ')} in bench/gateway/portkey …`)
    const result = spawnSync('npm', args, { cwd: portkeyDir, stdio: 'inherit', timeout: 300_000 })
    if (result.status !== 0 || !existsSync(portkeyMain)) {
      console.error('Portkey install failed: the portkey target is skipped.')
      return false
    }
  }
  for (const [name, version] of Object.entries(PORTKEY_PINS)) {
    const file = join(portkeyDir, 'node_modules', name, 'package.json')
    const found = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : 'missing'
    if (found !== version) {
      console.error(
        `Portkey: ${name} is ${found}, not ${version} (its streaming answers 500 without the pin); ` +
          'delete bench/gateway/portkey/node_modules and rerun.',
      )
      return false
    }
  }
  return true
}

async function startUpstream() {
  return startProcess({
    name: 'fake-upstream',
    core: LOAD_CORE,
    command: process.execPath,
    args: [join(benchDir, 'fake-upstream.mjs'), '0'],
    ready: portFromStdout,
  })
}

/** Starts the process behind one target; returns how to call it. */
async function startTarget(target, upstream, tmp, options) {
  const baseline = BASELINE_TARGETS.includes(target)
  const gatewayRoot = baseline ? options.baselineRoot : options.gatewayRoot
  const openaiPath = '/v1/chat/completions'
  if (target === 'direct') {
    return { ...upstream, path: openaiPath, headers: {}, model: 'gpt-4o-mini', isUpstream: true }
  }
  if (target === 'passthrough') {
    const proc = await startProcess({
      name: target,
      core: TARGET_CORE,
      command: process.execPath,
      args: [join(benchDir, 'passthrough-proxy.mjs'), String(upstream.port), '0'],
      ready: portFromStdout,
    })
    return { ...proc, path: openaiPath, headers: {}, model: 'gpt-4o-mini' }
  }
  if (target.startsWith('chatwire-') || baseline) {
    const config = join(tmp, 'gateway.json')
    if (!existsSync(config)) {
      const up = `http://127.0.0.1:${upstream.port}`
      const document = {
        upstreams: {
          up: { dialect: 'openai', baseURL: `${up}/v1` },
          el: { dialect: 'elastic', baseURL: up },
        },
        routes: [
          { match: 'el-*', upstream: 'el' },
          { match: '*', upstream: 'up' },
        ],
      }
      writeFileSync(config, JSON.stringify(document, null, 2))
    }
    // The built gateway (`pnpm --filter @chatwire/gateway build`, done once at start), as it is
    // deployed: node itself runs it, so the PID we measure is the process that serves. Its JSON
    // request log goes to stderr → /dev/null.
    const fromSource = !existsSync(join(gatewayRoot, 'apps/gateway/tsup.config.ts'))
    const entry = fromSource
      ? ['--conditions=@chatwire/source', '--import', 'tsx', 'apps/gateway/src/main.ts']
      : ['apps/gateway/dist/main.js']
    const args = [...entry, '--config', config, '--port', '0']
    const env = { ...process.env, INIT_CWD: gatewayRoot }
    let proc
    try {
      proc = await startProcess({
        name: target,
        core: TARGET_CORE,
        command: process.execPath,
        args,
        cwd: gatewayRoot,
        env,
        ready: portFromStdout,
      })
    } catch (error) {
      if (isStopping()) throw error
      // Its stderr went to /dev/null: start it once more, briefly, to show why it failed.
      const again = await runToEnd({
        command: process.execPath,
        args,
        cwd: gatewayRoot,
        env,
        timeoutMs: 15_000,
      })
      throw new Error(`${error.message}\n${again.stderr.slice(-1500)}`)
    }
    const model = target.endsWith('-elastic') ? 'el-bench' : 'gpt-4o-mini'
    return { ...proc, path: openaiPath, headers: {}, model }
  }
  if (target === 'portkey') {
    const port = await freePort()
    const proc = await startProcess({
      name: target,
      core: TARGET_CORE,
      command: process.execPath,
      args: [portkeyMain, `--port=${port}`, '--headless'],
      cwd: portkeyDir,
      ready: async (out) => {
        if (!/Ready for connections|running at/i.test(out)) return undefined
        await waitForPort(port, 30_000)
        return port
      },
    })
    proc.child.stdout.resume()
    return {
      ...proc,
      path: openaiPath,
      model: 'gpt-4o-mini',
      headers: {
        authorization: 'Bearer sk-bench',
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `http://127.0.0.1:${upstream.port}/v1`,
      },
    }
  }
  throw new Error(`unknown target ${target}`)
}

async function probe(mode, target, extra = {}) {
  const spec = {
    port: target.port,
    path: target.path,
    headers: target.headers,
    model: target.model,
    ...extra,
  }
  const result = await runToEnd({
    core: LOAD_CORE,
    command: process.execPath,
    args: [join(benchDir, 'probe-client.mjs'), mode, JSON.stringify(spec)],
    timeoutMs: 60_000,
  })
  const line = result.stdout.trim().split('\n').pop()
  try {
    return JSON.parse(line)
  } catch {
    return { ok: false, error: `probe ${mode}: exit ${result.code} ${result.stderr.slice(-500)}` }
  }
}

async function runWrk(target, { scenario, conns, seconds }) {
  const spec = SCENARIOS[scenario]
  return runWrkPost({
    core: LOAD_CORE,
    port: target.port,
    path: target.path,
    headers: target.headers,
    body: requestBody({ model: target.model, chunks: spec.chunks, stream: spec.stream }),
    conns,
    seconds,
  })
}

/** One timed wrk run with the target's CPU (and, at 128 streams, peak RSS) around it. */
async function measure(target, upstream, cell) {
  const measuredPid = target.isUpstream ? undefined : target.pid
  const rssReset = measuredPid !== undefined && cell.conns >= 128 && resetPeakRss(measuredPid)
  const cpu0 = measuredPid !== undefined ? cpuMicros(measuredPid) : undefined
  const up0 = cpuMicros(upstream.pid)
  const wrk = await runWrk(target, cell)
  await sleep(GAP_MS)
  const cpu1 = measuredPid !== undefined ? cpuMicros(measuredPid) : undefined
  const up1 = cpuMicros(upstream.pid)
  const requests = wrk.requests
  const errorCount = Object.values(wrk.errors).reduce((a, b) => a + b, 0)
  const ms = (us) => us / 1000
  return {
    rps: requests / (wrk.durationUs / 1e6),
    requests,
    durationS: wrk.durationUs / 1e6,
    latencyMs: {
      mean: ms(wrk.latencyUs.mean),
      p50: ms(wrk.latencyUs.p50),
      p90: ms(wrk.latencyUs.p90),
      p99: ms(wrk.latencyUs.p99),
      max: ms(wrk.latencyUs.max),
    },
    errors: wrk.errors,
    errorCount,
    cpuUsPerRequest: cpu0 !== undefined && requests > 0 ? (cpu1 - cpu0) / requests : undefined,
    upstreamCpuUsPerRequest: requests > 0 ? (up1 - up0) / requests : undefined,
    peakRssMiB: rssReset ? peakRssKiB(measuredPid) / 1024 : undefined,
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function stamp(date) {
  return date.toISOString().slice(0, 16).replace(':', '-')
}

/** The checkout's commit, `+dirty` when the gateway's sources differ from it. */
function gitCommit(dir) {
  try {
    const git = (...args) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim()
    const dirty = git('status', '--porcelain', '--', 'apps', 'packages') !== ''
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+dirty' : ''}`
  } catch {
    return undefined
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log(USAGE)
    return
  }
  if (!ensureWrk()) return
  if (os.cpus().length < 2) {
    console.warn('Fewer than 2 cores: running unpinned.')
    disablePinning()
  } else if (!canPin()) {
    console.warn('taskset not found (util-linux): running unpinned.')
  }
  pinSelf(LOAD_CORE)
  if (options.targets.includes('portkey') && !ensurePortkey()) {
    options.targets = options.targets.filter((t) => t !== 'portkey')
  }
  if (options.targets.some((t) => t.startsWith('chatwire')) && !buildGateway(options.gatewayRoot)) {
    process.exitCode = 1
    return
  }
  if (options.baselineRoot && !buildGateway(options.baselineRoot)) {
    process.exitCode = 1
    return
  }
  const { durationS, shortened } = chooseDuration(options)
  const wrkCells = []
  for (const scenario of options.scenarios) {
    if (!SCENARIOS[scenario]) continue
    for (const conns of options.conns) wrkCells.push({ scenario, conns, seconds: durationS })
  }
  const estimate = estimateSeconds(options, durationS)
  console.log(
    `bench:gateway — targets ${options.targets.join(', ')}; ${wrkCells.length} wrk run(s) per ` +
      `target per rep; ${options.reps} rep(s) × ${durationS} s after ${options.warmupS} s warm-up ` +
      `per target. Estimated time: ${Math.ceil(estimate / 60)} min (${Math.round(estimate)} s).`,
  )
  if (shortened) {
    console.log(
      `(Runs shortened from 10 s to ${durationS} s to fit the ${options.budgetMin}-minute budget; ` +
        'pass --duration 10 to override.)',
    )
  }
  const started = new Date()
  const tmp = mkdtempSync(join(os.tmpdir(), 'chatwire-bench-gateway-'))
  const results = {
    meta: {
      startedAt: started.toISOString(),
      commit: gitCommit(options.gatewayRoot),
      baselineCommit: options.baselineRoot ? gitCommit(options.baselineRoot) : undefined,
      node: process.version,
      wrk: spawnSync('wrk', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0].trim(),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      pinned: canPin(),
      loadAverage: os.loadavg(),
      portkey: options.targets.includes('portkey') ? '@portkey-ai/gateway@1.15.2' : undefined,
    },
    config: {
      targets: options.targets,
      scenarios: options.scenarios,
      conns: options.conns,
      reps: options.reps,
      durationS,
      warmupS: options.warmupS,
      latencyProbe: LATENCY,
    },
    runs: [],
    latency: [],
  }
  try {
    const upstream = await startUpstream()
    const targets = {}
    for (const name of options.targets) {
      process.stdout.write(`Starting ${name} … `)
      targets[name] = await startTarget(name, upstream, tmp, options)
      const check = await probe('check', targets[name])
      if (!check.ok) {
        throw new Error(
          `${name} does not serve correctly: ${check.error ?? check.problems.join('; ')}`,
        )
      }
      console.log(`ok (port ${targets[name].port}, pid ${targets[name].pid})`)
    }
    for (const name of options.targets) {
      process.stdout.write(`Warm-up ${name} (${options.warmupS} s) … `)
      const half = Math.max(1, Math.round(options.warmupS / 2))
      await runWrk(targets[name], { scenario: 'nonstream', conns: 32, seconds: half })
      await runWrk(targets[name], { scenario: 'stream200', conns: 32, seconds: half })
      console.log('done')
    }
    const deadline = Date.now() + (estimate + 300) * 1000
    for (let rep = 0; rep < options.reps; rep++) {
      const order = options.targets.map((_, i, all) => all[(i + rep) % all.length])
      console.log(`Rep ${rep + 1}/${options.reps}: ${order.join(' → ')}`)
      for (const cell of wrkCells) {
        for (const name of order) {
          if (Date.now() > deadline) throw new Error('over the time budget: stopped')
          const run = await measure(targets[name], upstream, cell)
          results.runs.push({
            rep,
            target: name,
            scenario: cell.scenario,
            conns: cell.conns,
            ...run,
          })
          console.log(
            `  ${cellKey(cell.scenario, cell.conns).padEnd(14)} ${name.padEnd(17)} ` +
              `${run.rps.toFixed(0).padStart(7)} req/s  p50 ${run.latencyMs.p50.toFixed(2)} ms  ` +
              `p99 ${run.latencyMs.p99.toFixed(2)} ms` +
              (run.cpuUsPerRequest !== undefined
                ? `  cpu ${run.cpuUsPerRequest.toFixed(0)} µs/req`
                : '') +
              (run.errorCount ? `  ERRORS ${run.errorCount}` : ''),
          )
        }
      }
      if (options.scenarios.includes('latency')) {
        for (const name of order) {
          const result = await probe('latency', targets[name], {
            n: LATENCY.requests,
            chunks: LATENCY.chunks,
            delay: LATENCY.delay,
          })
          results.latency.push({ rep, target: name, ...result })
          console.log(
            result.error
              ? `  latency        ${name.padEnd(17)} ERROR ${result.error}`
              : `  latency        ${name.padEnd(17)} TTFB ${result.ttfbMs.p50.toFixed(2)} ms  ` +
                  `TTFT ${result.ttftMs.p50.toFixed(2)} ms`,
          )
        }
      }
    }
  } finally {
    await stopAll()
    rmSync(tmp, { recursive: true, force: true })
  }
  results.meta.finishedAt = new Date().toISOString()
  results.meta.loadAverageAtEnd = os.loadavg()
  results.summary = summarize({ ...results, targets: options.targets })
  const quick = options.quick ? 'quick-' : ''
  const name = `${quick}${stamp(started)}.json`
  const outDir = options.out && (options.out.endsWith('/') || isDirectory(options.out))
  const out = outDir ? join(options.out, name) : (options.out ?? join(benchDir, 'results', name))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
  // Formatted as `biome ci` expects, so a committed results file passes the repository's check.
  spawnSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', out], {
    cwd: root,
    stdio: 'ignore',
  })
  const svg = `${out.replace(/\.json$/, '')}.svg`
  writeFileSync(svg, renderSvg(results))
  console.log(`\n${renderMarkdown(results)}\n`)
  const took = (Date.now() - started.getTime()) / 1000
  console.log(`Wrote ${out} and ${svg} (${Math.round(took)} s).`)
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping every process this run started …`)
    stopAll().finally(() => process.exit(130))
  })
}
process.on('exit', killAllNow)

main().catch(async (error) => {
  console.error(`bench:gateway failed: ${error?.stack ?? error}`)
  await stopAll()
  process.exitCode = 1
})
