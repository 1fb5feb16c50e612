import type { RequestExample } from '@chatwire/core'

const EMULATOR_NOTE =
  'The `[[…]]` directive steers the emulated upstreams of the embedded default (`pnpm start`); ' +
  'a real model reads it as text.'

const getWeather = {
  name: 'get_weather',
  description: 'The current weather in a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string', description: 'The city, e.g. Paris.' } },
    required: ['city'],
  },
}

/**
 * Request bodies to try the chat_completion API with: a question and a function tool. No
 * `model`: the inference id in the path names the route.
 */
export function createElasticRequestExamples(): Record<string, RequestExample> {
  return {
    text: {
      summary: 'A question (Elastic always streams)',
      value: {
        messages: [
          { role: 'system', content: 'You are a helpful assistant.' },
          { role: 'user', content: 'Hello! What can you do?' },
        ],
        max_completion_tokens: 256,
      },
    },
    tools: {
      summary: 'A function tool the model may call',
      description: `The answer calls \`get_weather\`. ${EMULATOR_NOTE}`,
      value: {
        messages: [{ role: 'user', content: 'What is the weather in Paris? [[tools]]' }],
        tools: [{ type: 'function', function: getWeather }],
      },
    },
  }
}
