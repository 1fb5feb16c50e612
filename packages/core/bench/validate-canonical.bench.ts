// Cost of chatwire's validator (compiled closures over the schema objects) against what it
// replaced to keep browser bundles small: TypeBox's compiled checker (generated code, used where
// `eval` is allowed) and `Value.Check` (TypeBox's interpreter, the fallback where it is not, as on
// Cloudflare Workers), on the canonical schemas. Run: pnpm bench validate   (ratios of this run)
import { Value } from '@sinclair/typebox/value'
import { Bench } from 'tinybench'
import { ChatRequest } from '../src/schema/chat-request'
import { ChatStreamPart } from '../src/schema/chat-stream-part'
import { compileSchema } from '../src/validate/compile-schema'
import { compileSchemaWithTypeBox } from '../src/validate/compile-schema-with-typebox'

const request = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: [{ type: 'text', text: 'What is the weather in Paris?' }] },
    {
      role: 'assistant',
      content: null,
      toolCalls: [
        { type: 'function', id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
      ],
    },
    { role: 'tool', toolCallId: 'call_1', content: '{"celsius":21}' },
  ],
  temperature: 0.2,
  maxTokens: 256,
  stream: true,
  tools: [
    {
      type: 'function',
      name: 'get_weather',
      parameters: { type: 'object', properties: { city: { type: 'string' } } },
    },
  ],
}
const chunk = {
  type: 'chunk',
  id: 'chatcmpl-1',
  model: 'gpt-4o-mini',
  created: 1741569952,
  choices: [{ index: 0, delta: { content: ' token with some text' } }],
}
const invalid = { ...request, temperature: 'hot' }

const cases = [
  ['ChatRequest check', ChatRequest, request],
  ['ChatStreamPart check', ChatStreamPart, chunk],
] as const
const rows: Record<string, string>[] = []
for (const [name, schema, value] of cases) {
  const ours = compileSchema(schema)
  const typebox = compileSchemaWithTypeBox(schema)
  if (!ours.check(value) || !typebox.check(value)) throw new Error(`${name}: the sample is invalid`)
  const bench = new Bench({ time: 1000, warmup: true })
  bench.add('typebox', () => typebox.check(value))
  bench.add('chatwire', () => ours.check(value))
  bench.add('typebox firstProblem', () => typebox.firstProblem(invalid))
  bench.add('chatwire firstProblem', () => ours.firstProblem(invalid))
  bench.add('typebox Value.Check', () => Value.Check(schema, value))
  await bench.run()
  const mean = (index: number) => {
    const result = bench.tasks[index]?.result as { latency?: { mean: number } } | undefined
    if (!result?.latency) throw new Error(`${name}: a task did not complete`)
    return result.latency.mean * 1000
  }
  rows.push({
    case: name,
    'typebox µs': mean(0).toFixed(3),
    'Value.Check µs': mean(4).toFixed(3),
    'chatwire µs': mean(1).toFixed(3),
    'vs compiled': `${(mean(1) / mean(0)).toFixed(2)}×`,
    'vs Value.Check': `${(mean(1) / mean(4)).toFixed(2)}×`,
    'firstProblem vs TypeBox': `${(mean(3) / mean(2)).toFixed(2)}×`,
  })
}
console.table(rows)
