import type { Loss, ToolChoice } from '@chatwire/core'
import type { ElasticToolChoice } from '../schema/elastic-chat-request'

/** `auto`/`none`/`required` and a named function pass; `custom`/`allowed_tools` are losses. */
export function encodeElasticToolChoice(
  choice: ToolChoice | undefined,
  losses: Loss[],
): ElasticToolChoice | undefined {
  if (choice === undefined || typeof choice === 'string') return choice
  if (choice.type === 'function') return { type: 'function', function: { name: choice.name } }
  losses.push({
    path: 'toolChoice',
    kind: 'semantic',
    message: `Elasticsearch has no '${choice.type}' tool_choice`,
  })
  return undefined
}
