import { type ChatRequest, ChatwireError } from '@chatwire/core'
import { readPrompt } from '../model/read-prompt'
import { parseDirectives } from './parse-directives'
import type { ReplyScript, Script, ScriptContext } from './reply-script'

export interface ResolvedScript {
  script: ReplyScript
  /** The last user message without its directives: what the model echoes. */
  echo: string
  promptTokens: number
}

/**
 * The script for one request: the prompt's directives, overridden field by field by the
 * `script` option. A malformed directive throws an invalid_request naming the message.
 */
export function resolveScript(
  request: ChatRequest,
  option: Script | undefined,
  context: Omit<ScriptContext, 'request'>,
): ResolvedScript {
  const prompt = readPrompt(request)
  let parsed: ReturnType<typeof parseDirectives>
  try {
    parsed = parseDirectives(prompt.text)
  } catch (error) {
    if (!ChatwireError.isInstance(error)) throw error
    throw new ChatwireError({ ...error.toJSON(), param: `messages[${prompt.index}].content` })
  }
  const scripted = typeof option === 'function' ? option({ ...context, request }) : option
  return {
    script: { ...parsed.script, ...scripted },
    echo: parsed.text,
    promptTokens: prompt.tokens,
  }
}
