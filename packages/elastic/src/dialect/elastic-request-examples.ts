import {
  EXAMPLE_EMULATOR_NOTE,
  EXAMPLE_WEATHER_FUNCTION,
  type RequestExample,
} from '@chatwire/core'

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
      description: `The answer calls \`get_weather\`. ${EXAMPLE_EMULATOR_NOTE}`,
      value: {
        messages: [{ role: 'user', content: 'What is the weather in Paris? [[tools]]' }],
        tools: [{ type: 'function', function: EXAMPLE_WEATHER_FUNCTION }],
      },
    },
  }
}
