// Time to serve a 200-chunk stream over loopback to a plain fetch reader: the emulator (request
// validation by the codec, the scripted model, encoding, SSE framing) against a raw node:http
// server that writes the same bytes, pre-serialised. Run: pnpm bench emulator
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Bench } from 'tinybench'
import { startEmulator } from '../src/start-emulator'

const CHUNKS = 200
const PARALLEL = 16
const messages = [
  { role: 'user', content: `[[chunks:${CHUNKS}]] ${'The quick brown fox jumps. '.repeat(20)}` },
]
const openaiBody = JSON.stringify({
  model: 'gpt-4o',
  messages,
  stream: true,
  stream_options: { include_usage: true },
})
const elasticBody = JSON.stringify({ messages })

const openai = await startEmulator({ dialect: 'openai' })
const elastic = await startEmulator({ dialect: 'elastic' })
const openaiUrl = `${openai.url}/v1/chat/completions`
const elasticUrl = `${elastic.url}/_inference/chat_completion/bench/_stream`

async function read(url: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  let bytes = 0
  for await (const chunk of response.body!) bytes += chunk.byteLength
  return bytes
}

// The baseline answers with exactly what the emulator sent, captured once.
const captured = await (await fetch(openaiUrl, { method: 'POST', body: openaiBody })).text()
const events = captured.split('\n\n').filter(Boolean).length
if (events < CHUNKS + 3) throw new Error(`expected ${CHUNKS + 3}+ events, got ${events}`)
const raw = createServer((request, response) => {
  request.resume()
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' })
    response.end(captured)
  })
})
await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve))
const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/v1/chat/completions`

const parallel = (url: string, body: string) => () =>
  Promise.all(Array.from({ length: PARALLEL }, () => read(url, body)))

const tasks: [string, () => Promise<unknown>, number][] = [
  ['baseline: raw node:http, pre-serialised bytes', () => read(rawUrl, openaiBody), 1],
  ['emulator openai', () => read(openaiUrl, openaiBody), 1],
  ['emulator elastic (BOM framing, usage)', () => read(elasticUrl, elasticBody), 1],
  [`baseline ×${PARALLEL} concurrent`, parallel(rawUrl, openaiBody), PARALLEL],
  [`emulator openai ×${PARALLEL} concurrent`, parallel(openaiUrl, openaiBody), PARALLEL],
]

// The machine is shared and noisy: short slices, interleaved over rounds, median per task.
const ROUNDS = 7
const samples: number[][] = tasks.map(() => [])
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 400, warmup: round === 0 })
  for (const [name, run] of tasks) bench.add(name, run)
  await bench.run()
  bench.tasks.forEach((task, index) => {
    const throughput = (task.result as { throughput?: { mean: number } } | undefined)?.throughput
    if (!throughput) throw new Error(`${task.name} did not complete`)
    samples[index]!.push(throughput.mean * tasks[index]![2])
  })
}
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const streamsPerSecond = samples.map(median)
const [baseline = 1, , , baselineParallel = 1] = streamsPerSecond
const overheadMicros = (rate: number, base: number) => ((1 / rate - 1 / base) * 1e6) / CHUNKS
console.log(
  `${CHUNKS}-chunk streams (${events} SSE events, ${captured.length} bytes) over loopback, median of ${ROUNDS} rounds`,
)
console.table(
  tasks.map(([name], index) => {
    const rate = streamsPerSecond[index]!
    const base = index >= 3 ? baselineParallel : baseline
    return {
      task: name,
      'streams/s': Math.round(rate),
      'chunks/s': Math.round(rate * CHUNKS),
      'time vs baseline': `${(base / rate).toFixed(2)}×`,
      'µs/chunk over baseline': overheadMicros(rate, base).toFixed(2),
    }
  }),
)
await Promise.all([openai.close(), elastic.close(), new Promise((resolve) => raw.close(resolve))])
