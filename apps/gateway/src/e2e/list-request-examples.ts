import type { RunningGateway } from '../server/start-gateway'

/** One request example of one chat operation of an OpenAPI document. */
export interface RequestExampleRow {
  tag: string
  operationId: string
  path: string
  /** The example's key (in Swagger UI, its entry in the examples select). */
  example: string
  /** The URL "Try it out" sends it to: path and query parameters at their examples. */
  url: string
  body: unknown
  /** Whether the answer is a stream: a stream-only operation, or `stream: true`. */
  streamed: boolean
  /** The function tool the example offers (the embedded default's emulators call it). */
  toolName?: string
  /** A built-in tool Friendli runs itself (its stream then carries `tool_status` events). */
  builtinTool?: string
}

interface Parameter {
  name: string
  in: string
  example?: string
}

interface DocumentOperation {
  tags: string[]
  operationId: string
  parameters?: Parameter[]
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> }
  responses: Record<string, { content?: object }>
}

interface ExampleBody {
  stream?: boolean
  tools?: { type?: string; function?: { name?: string } }[]
}

/** A row per request example of every POST operation of an OpenAPI document. */
function listRequestExamples(document: {
  paths: Record<string, Record<string, DocumentOperation>>
}): RequestExampleRow[] {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const operation = item.post
    if (!operation) return []
    const streamOnly = Object.keys(operation.responses['200']?.content ?? {}).every(
      (mediaType) => mediaType === 'text/event-stream',
    )
    const url = fillParameters(path, operation.parameters ?? [])
    const examples = operation.requestBody?.content['application/json']?.examples ?? {}
    return Object.entries(examples).map(([example, { value }]) => {
      const body = value as ExampleBody
      const toolName = body.tools?.[0]?.function?.name
      const builtinTool = body.tools?.find(({ type }) => type !== 'function')?.type
      return {
        tag: operation.tags[0]!,
        operationId: operation.operationId,
        path,
        example,
        url,
        body,
        streamed: streamOnly || body.stream === true,
        ...(toolName !== undefined && { toolName }),
        ...(builtinTool !== undefined && { builtinTool }),
      }
    })
  })
}

/** The request examples of the document `gateway` serves; closes it when that fails. */
export async function fetchRequestExamples(gateway: RunningGateway): Promise<RequestExampleRow[]> {
  try {
    const response = await fetch(`${gateway.url}/openapi.json`, {
      signal: AbortSignal.timeout(30_000),
    })
    return listRequestExamples(await response.json())
  } catch (error) {
    await gateway.close()
    throw error
  }
}

function fillParameters(path: string, parameters: readonly Parameter[]): string {
  let url = path
  const query = new URLSearchParams()
  for (const { name, in: where, example } of parameters) {
    if (example === undefined) continue
    if (where === 'path') url = url.replace(`{${name}}`, encodeURIComponent(example))
    if (where === 'query') query.set(name, example)
  }
  if (url.includes('{')) throw new Error(`${path}: a path parameter without an example`)
  return query.size > 0 ? `${url}?${query}` : url
}
