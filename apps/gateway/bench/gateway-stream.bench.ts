// Cost of the gateway on a streamed answer: a 200-chunk OpenAI stream read straight from the
// OpenAI emulator (baseline), through a bare pass-through proxy (the same extra HTTP hop, no
// translation), and through the gateway (OpenAI in → OpenAI emulator: parse, decode, encode,
// format), all over real 127.0.0.1 sockets in this process.
// Run: pnpm bench gateway   (prints the ratios measured in this run)
import { startEmulator } from '@chatwire/emulator'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { Bench } from 'tinybench'
import { silentLogger } from '../src/log/logger'
import { listen } from '../src/server/listen'
import { startGateway } from '../src/server/start-gateway'

const CHUNKS = 200
const emulator = await startEmulator({ dialect: 'openai' })
const gateway = await startGateway({
  config: {
    upstreams: { openai: { dialect: 'openai', baseURL: `${emulator.url}/v1` } },
    routes: [{ match: '*', upstream: 'openai' }],
  },
  host: '127.0.0.1',
  port: 0,
  logger: silentLogger,
})
// The hop alone: same server adapter and upstream fetch, the body piped through untouched.
const passThrough = new Hono().post('/v1/chat/completions', async (c) => {
  const upstream = await fetch(`${emulator.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await c.req.text(),
    signal: c.req.raw.signal,
  })
  return new Response(upstream.body, { status: upstream.status, headers: upstream.headers })
})
const proxy = await listen(getRequestListener(passThrough.fetch), '127.0.0.1', 0)
const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: `a 200-chunk answer [[chunks:${CHUNKS}]]` }],
  stream: true,
  stream_options: { include_usage: true },
})

async function readStream(baseURL: string): Promise<number> {
  const response = await fetch(`${baseURL}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body,
  })
  let events = 0
  const reader = response.body!.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    for (const byte of value) if (byte === 10) events++
  }
  return events / 2
}

const direct = await readStream(emulator.url)
const viaProxy = await readStream(proxy.url)
const viaGateway = await readStream(gateway.url)
if (direct < CHUNKS || viaGateway !== direct || viaProxy !== direct) {
  throw new Error(`expected ≥${CHUNKS} events every way, got ${direct}, ${viaProxy}, ${viaGateway}`)
}

const bench = new Bench({ time: 3000, warmup: true })
bench.add('baseline: emulator → client', () => readStream(emulator.url))
bench.add('hop: emulator → pass-through proxy → client', () => readStream(proxy.url))
bench.add('gateway: emulator → gateway (parse, decode, encode) → client', () =>
  readStream(gateway.url),
)
await bench.run()
await gateway.close()
await proxy.close()
await emulator.close()

const mean = (task: (typeof bench.tasks)[number]) => {
  const result = task.result as { latency?: { mean: number } } | undefined
  if (!result?.latency) throw new Error(`${task.name} did not complete`)
  return result.latency.mean
}
console.table(
  bench.tasks.map((task) => ({
    task: task.name,
    'ms/stream': mean(task).toFixed(2),
    'µs/chunk': ((mean(task) * 1000) / CHUNKS).toFixed(2),
  })),
)
const [base = 0, hop = 0, ours = 0] = bench.tasks.map(mean)
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
console.log(
  `gateway / direct: ${ratio(ours, base)}   gateway / pass-through hop: ${ratio(ours, hop)}`,
)
