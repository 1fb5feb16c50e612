import type { Loss, Tool, ToolChoice } from '@chatwire/core'
import type { ElasticTool, ElasticToolChoice } from '../schema/elastic-chat-request'

/** Function tools pass; custom and built-in tools have no Elastic form (semantic losses). */
export function encodeElasticTools(tools: Tool[] | undefined, losses: Loss[]): ElasticTool[] {
  const encoded: ElasticTool[] = []
  for (const [index, tool] of (tools ?? []).entries()) {
    if (tool.type !== 'function') {
      losses.push({
        path: `tools[${index}]`,
        kind: 'semantic',
        message: `Elasticsearch accepts only function tools, not '${tool.type}'`,
      })
      continue
    }
    const { name, description, parameters, strict } = tool
    encoded.push({
      type: 'function',
      function: {
        ...(description === undefined ? {} : { description }),
        name,
        ...(parameters === undefined ? {} : { parameters }),
        ...(strict === undefined ? {} : { strict }),
      },
    })
  }
  return encoded
}

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
