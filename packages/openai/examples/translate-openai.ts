// Translates a real OpenAI request and stream through the canonical model and prints each step.
// Run: npm run example   (no keys, no network)
import { type ChatStreamPart, translateRequest } from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import { createSseParser, formatSseEvent } from '@chatwire/sse'

const body = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'developer', content: 'Answer briefly.' },
    { role: 'user', content: 'Weather in Paris and Tokyo?' },
  ],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } } },
      },
    },
  ],
  stop: 'END',
  max_tokens: 200,
  stream: true,
  stream_options: { include_usage: true },
}

const { request, body: encoded, losses } = translateRequest(body, openaiCodec, openaiCodec)
console.log('OpenAI request → canonical:\n', JSON.stringify(request, null, 2))
console.log('canonical → OpenAI request again (losses: %j):\n', losses, JSON.stringify(encoded))

const head =
  '"id":"chatcmpl-1","object":"chat.completion.chunk","created":1726294381,"model":"gpt-4o-mini"'
const sse = [
  `data: {${head},"choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}]}`,
  `data: {${head},"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_2","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Tokyo\\"}"}}]},"finish_reason":null}]}`,
  `data: {${head},"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"city\\":\\"Paris\\"}"}}]},"finish_reason":null}]}`,
  `data: {${head},"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}`,
  `data: {${head},"choices":[],"usage":{"prompt_tokens":31,"completion_tokens":24,"total_tokens":55}}`,
  'data: [DONE]',
].join('\n\n')

const parts: ChatStreamPart[] = []
const out: string[] = []
const encoder = openaiCodec.createStreamEncoder((event) => out.push(formatSseEvent(event)), {
  includeUsage: true,
})
const decoder = openaiCodec.createStreamDecoder((part) => {
  parts.push(part)
  encoder.push(part)
})
const parser = createSseParser({ onEvent: (event) => decoder.push(event) })
parser.feed(new TextEncoder().encode(`${sse}\n\n`))
parser.end()
decoder.end()

console.log('\nOpenAI stream → canonical parts:')
for (const part of parts) console.log(' ', JSON.stringify(part))
console.log('\ncanonical parts → OpenAI stream again:')
process.stdout.write(out.join(''))
