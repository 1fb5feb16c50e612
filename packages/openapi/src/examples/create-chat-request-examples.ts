import type { RequestExample } from '../dialect/dialect-descriptor'

const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'The current weather in a city.',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string', description: 'The city, e.g. Paris.' } },
      required: ['city'],
    },
  },
}

const EMULATOR_NOTE =
  'The `[[…]]` directive steers the emulated upstreams of the embedded default (`pnpm start`); ' +
  'a real model reads it as text.'

/**
 * Request bodies in the OpenAI shape (OpenAI, OctoAI, Friendli): a question, a stream with
 * usage, and a function tool. `model` is what a gateway route matches.
 */
export function createChatRequestExamples(model: string): Record<string, RequestExample> {
  return {
    text: {
      summary: 'A question, answered as JSON',
      value: {
        model,
        messages: [
          { role: 'system', content: 'You are a helpful assistant.' },
          { role: 'user', content: 'Hello! What can you do?' },
        ],
      },
    },
    stream: {
      summary: 'A streamed answer (Server-Sent Events) with token usage',
      value: {
        model,
        messages: [{ role: 'user', content: 'Write a haiku about rivers. [[chunks:5]]' }],
        stream: true,
        stream_options: { include_usage: true },
      },
      description: EMULATOR_NOTE,
    },
    tools: {
      summary: 'A function tool the model may call',
      description: `The answer calls \`get_weather\`. ${EMULATOR_NOTE}`,
      value: {
        model,
        messages: [{ role: 'user', content: 'What is the weather in Paris? [[tools]]' }],
        tools: [WEATHER_TOOL],
      },
    },
  }
}

/** Friendli's tool-assisted body: the chat examples, and a built-in tool Friendli runs itself. */
export function createToolAssistedRequestExamples(model: string): Record<string, RequestExample> {
  return {
    ...createChatRequestExamples(model),
    builtin: {
      summary: 'A built-in tool Friendli runs itself (streamed with `tool_status` events)',
      description: EMULATOR_NOTE,
      value: {
        model,
        messages: [{ role: 'user', content: 'What is 3 + 6? [[tools]] [[text:It is 9.]]' }],
        tools: [{ type: 'math:calculator' }],
        stream: true,
      },
    },
  }
}

/** Elastic's body (no `model`: the inference id in the path names the route). */
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
        tools: [WEATHER_TOOL],
      },
    },
  }
}
