// Per-chunk cost of OpenAI SSE bytes → canonical → OpenAI SSE bytes, against the floor:
// split lines + JSON.parse + JSON.stringify of the same chunks (DESIGN.md, "Fast by construction").
// Run: pnpm bench openai   (prints a ratio measured in this run; the target is ≤ 1.5×)
import { createSseParser, formatSseEvent } from '@chatwire/sse'
import { Bench } from 'tinybench'
import { openaiCodec } from '../src/openai-codec'

const CHUNKS = 200
const head =
  '"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion.chunk","created":1741569952,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_44709d6fcb"'
const lines: string[] = [
  `data: {${head},"choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}\n\n`,
]
for (let i = 1; i < CHUNKS - 2; i++) {
  lines.push(
    `data: {${head},"choices":[{"index":0,"delta":{"content":" token${i} with some text"},"logprobs":null,"finish_reason":null}],"usage":null}\n\n`,
  )
}
lines.push(
  `data: {${head},"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}\n\n`,
)
lines.push(
  `data: {${head},"choices":[],"usage":{"prompt_tokens":19,"completion_tokens":197,"total_tokens":216}}\n\n`,
)
lines.push('data: [DONE]\n\n')
const text = lines.join('')
// Network-sized reads, as a socket delivers them.
const encoder = new TextEncoder()
const bytes = encoder.encode(text)
const reads: Uint8Array[] = []
for (let offset = 0; offset < bytes.length; offset += 4096)
  reads.push(bytes.subarray(offset, offset + 4096))

function floor(): number {
  const decoder = new TextDecoder()
  let buffer = ''
  let out = 0
  for (const read of reads) {
    buffer += decoder.decode(read, { stream: true })
    let end = buffer.indexOf('\n\n')
    while (end !== -1) {
      const line = buffer.slice(6, end)
      buffer = buffer.slice(end + 2)
      const data = line === '[DONE]' ? line : JSON.stringify(JSON.parse(line))
      out += encoder.encode(`data: ${data}\n\n`).length
      end = buffer.indexOf('\n\n')
    }
  }
  return out
}

function codecRoundTrip(): number {
  let out = 0
  const sink = openaiCodec.createStreamEncoder((event) => {
    out += encoder.encode(formatSseEvent(event, openaiCodec.framing)).length
  })
  const decoder = openaiCodec.createStreamDecoder((part) => sink.push(part))
  const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
  for (const read of reads) parser.feed(read)
  parser.end()
  decoder.end()
  return out
}

if (floor() <= 0 || codecRoundTrip() <= 0) throw new Error('benchmark produced no output')

const bench = new Bench({ time: 2000, warmup: true })
bench.add('floor: split + JSON.parse + JSON.stringify', floor)
bench.add('chatwire: SSE parse → decode → canonical → encode → SSE', codecRoundTrip)
await bench.run()

type Measured = { latency: { mean: number }; throughput: { mean: number } }
const measured = (task: (typeof bench.tasks)[number]) => {
  const result = task.result as Partial<Measured> | undefined
  if (!result?.latency || !result.throughput) throw new Error(`${task.name} did not complete`)
  return result as Measured
}
const [base, ours] = bench.tasks.map(measured)
const perChunk = (result: Measured | undefined) => ((result?.latency.mean ?? 0) * 1000) / CHUNKS
console.table(
  bench.tasks.map((task) => ({
    task: task.name,
    'µs per chunk': perChunk(measured(task)).toFixed(2),
    'streams/s': Math.round(measured(task).throughput.mean),
  })),
)
console.log(
  `ratio chatwire / floor: ${(perChunk(ours) / perChunk(base)).toFixed(2)}× (target ≤ 1.5×), ${CHUNKS} chunks per stream`,
)
