import { EXAMPLE_EMULATOR_NOTE, type RequestExample } from '@chatwire/core'
import { createOpenAIRequestExamples } from '@chatwire/openai/dialect'

/**
 * The tool-assisted endpoint's bodies: the chat examples, and a built-in tool Friendli runs
 * itself.
 */
export function createFriendliToolAssistedRequestExamples(
  model: string,
): Record<string, RequestExample> {
  return {
    ...createOpenAIRequestExamples(model),
    builtin: {
      summary: 'A built-in tool Friendli runs itself (streamed with `tool_status` events)',
      description: EXAMPLE_EMULATOR_NOTE,
      value: {
        model,
        messages: [{ role: 'user', content: 'What is 3 + 6? [[tools]] [[text:It is 9.]]' }],
        tools: [{ type: 'math:calculator' }],
        stream: true,
      },
    },
  }
}
