import {
  EXAMPLE_EMULATOR_NOTE,
  EXAMPLE_WEATHER_FUNCTION,
  type RequestExample,
} from '@chatwire/core'

const WEATHER_TOOL = { type: 'function', function: EXAMPLE_WEATHER_FUNCTION }

/**
 * Request bodies in the OpenAI shape (the dialects built on this package use them too): a
 * question, a stream with usage, and a function tool. `model` is what a gateway route matches.
 */
export function createOpenAIRequestExamples(model: string): Record<string, RequestExample> {
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
      description: EXAMPLE_EMULATOR_NOTE,
    },
    tools: {
      summary: 'A function tool the model may call',
      description: `The answer calls \`get_weather\`. ${EXAMPLE_EMULATOR_NOTE}`,
      value: {
        model,
        messages: [{ role: 'user', content: 'What is the weather in Paris? [[tools]]' }],
        tools: [WEATHER_TOOL],
      },
    },
  }
}
