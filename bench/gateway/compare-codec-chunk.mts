// Same-run CPU per streamed chunk of the codec path the gateway runs per event (SSE parse →
// OpenAI decode → OpenAI encode with include_usage → SSE format), in-process, for one or more
// checkouts' sources: a 200-chunk OpenAI stream, 1000 streams per round, median of 7 rounds of
// process.cpuUsage(). Alternate the roots to compare commits (BENCHMARKS.md, "Streaming CPU
// regression"):
//   for r in /tmp/base .; do taskset -c 1 node_modules/.bin/tsx --conditions=@chatwire/source \
//     bench/gateway/compare-codec-chunk.mts $r; done
const root = (await import('node:path')).resolve(process.argv[2] ?? '.')
const { openaiCodec } = await import(`${root}/packages/openai/src/index.ts`)
const { createSseParser, formatSseEvent } = await import(`${root}/packages/sse/src/index.ts`)
const ID = 'chatcmpl-bench0000000000000000000001'
const chunk = (delta: unknown, finish: unknown) => ({
  id: ID,
  object: 'chat.completion.chunk',
  created: 1694268190,
  model: 'gpt-4o-mini',
  system_fingerprint: 'fp_44709d6fcb',
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
})
const N = 200
const data: unknown[] = [chunk({ role: 'assistant', content: '' }, null)]
for (let i = 0; i < N; i++) data.push(chunk({ content: ` word${i}` }, null))
data.push(chunk({}, 'stop'))
data.push({
  id: ID,
  object: 'chat.completion.chunk',
  created: 1694268190,
  model: 'gpt-4o-mini',
  system_fingerprint: 'fp_44709d6fcb',
  choices: [],
  usage: { prompt_tokens: 19, completion_tokens: N, total_tokens: 19 + N },
})
const text = [...data.map((d) => `data: ${JSON.stringify(d)}\n\n`), 'data: [DONE]\n\n'].join('')
const bytes = new TextEncoder().encode(text)
let sink = 0
function once() {
  let out = ''
  const encoder = openaiCodec.createStreamEncoder(
    (e: any) => {
      out += formatSseEvent(e, openaiCodec.framing)
    },
    { includeUsage: true },
  )
  const decoder = openaiCodec.createStreamDecoder((p: any) => encoder.push(p))
  const parser = createSseParser({ onEvent: (e: any) => decoder.push(e), onComment() {} })
  for (let i = 0; i < bytes.length; i += 16384) parser.feed(bytes.subarray(i, i + 16384))
  parser.end()
  decoder.end()
  encoder.end()
  sink += out.length
}
for (let i = 0; i < 2000; i++) once()
const rounds: number[] = []
for (let r = 0; r < 7; r++) {
  const c0 = process.cpuUsage()
  for (let i = 0; i < 1000; i++) once()
  const c = process.cpuUsage(c0)
  rounds.push((c.user + c.system) / 1000 / (N + 3))
}
rounds.sort((a, b) => a - b)
console.log(
  root,
  'µs CPU/chunk median',
  rounds[3].toFixed(3),
  'range',
  rounds[0].toFixed(3),
  rounds[6].toFixed(3),
  sink > 0,
)
