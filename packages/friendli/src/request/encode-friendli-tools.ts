import type { Loss, ResponseFormat, Tool, ToolChoice } from '@chatwire/core'
import type { FriendliProduct } from '../schema/friendli-extension'
import type { FriendliResponseFormat } from '../schema/friendli-response-format'
import {
  FRIENDLI_ALL_BUILTIN_TOOL_TYPES,
  type FriendliBuiltinToolType,
  type FriendliToolAssistedTool,
  type FriendliToolChoice,
} from '../schema/friendli-tool'

const BUILTIN_TYPES: ReadonlySet<string> = new Set(FRIENDLI_ALL_BUILTIN_TOOL_TYPES)
/** Friendli requires `parameters`; this is its own spelling of "no parameters" (reference §5.2). */
const NO_PARAMETERS = { type: 'object', properties: {} }

/** Canonical tool → Friendli; built-ins only on the tool-assisted endpoint (`product: 'tools'`). */
export function encodeFriendliTool(
  tool: Tool,
  path: string,
  product: FriendliProduct,
  losses: Loss[],
): FriendliToolAssistedTool | undefined {
  switch (tool.type) {
    case 'function': {
      if (tool.strict !== undefined) {
        losses.push({ path: `${path}.strict`, kind: 'hint', message: "Friendli has no 'strict'" })
      }
      const definition = { name: tool.name, parameters: tool.parameters ?? NO_PARAMETERS }
      return {
        type: 'function',
        function:
          tool.description === undefined
            ? definition
            : { ...definition, description: tool.description },
      }
    }
    case 'custom':
      losses.push({ path, kind: 'semantic', message: 'Friendli has no custom (free-form) tools' })
      return undefined
    case 'builtin':
      return encodeBuiltinTool(tool, path, product, losses)
  }
}

function encodeBuiltinTool(
  tool: Extract<Tool, { type: 'builtin' }>,
  path: string,
  product: FriendliProduct,
  losses: Loss[],
): FriendliToolAssistedTool | undefined {
  const fail = (message: string) => {
    losses.push({ path, kind: 'semantic', message })
    return undefined
  }
  if (!BUILTIN_TYPES.has(tool.name)) return fail(`Friendli has no built-in tool '${tool.name}'`)
  if (product !== 'tools') {
    return fail(`Friendli runs the built-in tool '${tool.name}' only on the tool-assisted endpoint`)
  }
  const type = tool.name as FriendliBuiltinToolType
  if (type === 'file:text') {
    const [file, ...more] = tool.files ?? []
    if (file === undefined) return fail("Friendli's 'file:text' needs a file id")
    // Friendli reads one file per tool for now (reference §5.2).
    if (more.length > 0) {
      losses.push({
        path: `${path}.files`,
        kind: 'semantic',
        message: "'file:text' takes one file",
      })
    }
    return { type, files: [file] }
  }
  if (tool.files !== undefined) {
    losses.push({ path: `${path}.files`, kind: 'semantic', message: `'${type}' takes no files` })
  }
  return { type } as FriendliToolAssistedTool
}

export function encodeFriendliToolChoice(
  choice: ToolChoice,
  losses: Loss[],
): FriendliToolChoice | undefined {
  if (typeof choice === 'string') return choice
  if (choice.type === 'function') return { type: 'function', function: { name: choice.name } }
  losses.push({
    path: 'toolChoice',
    kind: 'semantic',
    message: `Friendli has no '${choice.type}' tool choice`,
  })
  return undefined
}

/** Canonical → Friendli: json_schema keeps `schema`, `name`, `description`; regex is native. */
export function encodeFriendliResponseFormat(
  format: ResponseFormat,
  product: FriendliProduct,
  losses: Loss[],
): FriendliResponseFormat | undefined {
  const lose = (message: string) => {
    losses.push({ path: 'responseFormat', kind: 'semantic', message })
    return undefined
  }
  if (product === 'tools') return lose("Friendli's tool-assisted endpoint takes no response_format")
  switch (format.type) {
    case 'text':
      return { type: 'text' }
    case 'json_object':
      // A JSON object constrained by a schema is Friendli's json_schema.
      return format.schema === undefined
        ? { type: 'json_object' }
        : { type: 'json_schema', json_schema: { schema: format.schema } }
    case 'json_schema': {
      if (format.schema === undefined) return lose("Friendli's json_schema requires a schema")
      if (format.strict !== undefined) {
        losses.push({
          path: 'responseFormat',
          kind: 'hint',
          message: "Friendli's json_schema has no 'strict': dropped",
        })
      }
      // `name` and `description` as Friendli's own AI SDK provider sends them (SOURCES.md).
      const { name, description } = format
      return {
        type: 'json_schema',
        json_schema: {
          schema: format.schema,
          ...(name === undefined ? {} : { name }),
          ...(description === undefined ? {} : { description }),
        },
      }
    }
    case 'regex':
      return { type: 'regex', schema: format.pattern }
  }
}
