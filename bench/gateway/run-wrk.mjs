// One timed wrk run of the benchmark's chat POST (`wrk-post.lua`), one thread, pinned to `core`;
// returns the script's summary (requests, duration, latency percentiles, errors). Shared by
// `scripts/bench-gateway.mjs` and `compare-gateways.mjs`.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runToEnd } from './processes.mjs'

const benchDir = fileURLToPath(new URL('.', import.meta.url))

export async function runWrk({ core, port, path, headers = {}, body, conns, seconds }) {
  const env = {
    ...process.env,
    BENCH_PATH: path,
    BENCH_BODY: body,
    BENCH_HEADERS: Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  }
  const args = [
    '-t1',
    `-c${conns}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    join(benchDir, 'wrk-post.lua'),
    `http://127.0.0.1:${port}`,
  ]
  const result = await runToEnd({
    core,
    command: 'wrk',
    args,
    env,
    timeoutMs: (seconds + 20) * 1000,
  })
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '))
  if (!line) throw new Error(`wrk gave no summary (exit ${result.code}): ${result.stderr}`)
  return JSON.parse(line.slice('BENCH_JSON '.length))
}
