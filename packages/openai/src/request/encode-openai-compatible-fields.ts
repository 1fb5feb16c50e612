import type { ChatRequest, Loss } from '@chatwire/core'
import type { OpenAIChatRequest } from '../schema/openai-chat-request'
import { lossPathOf, OPENAI_COMPATIBLE_HOMES, readCompatibleHome } from './openai-compatible-homes'

/**
 * Writes every OpenAI-compatible extra field the request carries onto `body` and returns
 * `losses` without the entries for those fields: the upstream takes them after all.
 */
export function encodeOpenAICompatibleFields(
  request: ChatRequest,
  body: OpenAIChatRequest,
  losses: readonly Loss[],
): Loss[] {
  const sent = new Set<string>()
  const target = body as Record<string, unknown>
  for (const [wire, home] of OPENAI_COMPATIBLE_HOMES) {
    const value = readCompatibleHome(request, home)
    if (value === undefined) continue
    target[wire] = value
    sent.add(lossPathOf(home))
  }
  return losses.filter((loss) => !sent.has(loss.path))
}
