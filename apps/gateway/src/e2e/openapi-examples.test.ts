import { afterAll, describe, expect, it } from 'vitest'
import { CHAT_PATHS, ELASTIC_CHAT_PATHS } from '../inbound/chat-paths'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

interface Parameter {
  name: string
  in: string
  example?: string
}

interface Operation {
  tags: string[]
  parameters?: Parameter[]
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> }
  responses: Record<string, { content?: Record<string, unknown> }>
}

interface ExampleCall {
  title: string
  path: string
  dialect: string
  url: string
  body: unknown
  streamOnly: boolean
}

const MAX_ANSWER_CHARS = 1 << 20

// Top-level await: the rows of `it.each` are the examples of the document the gateway serves.
const gateway: RunningGateway = await startGateway({ port: 0, logger: silentLogger })
const calls = await fetch(`${gateway.url}/openapi.json`, { signal: AbortSignal.timeout(30_000) })
  .then((response) => response.json())
  .then(listExampleCalls)
  .catch(async (error) => {
    await gateway.close()
    throw error
  })

afterAll(async () => {
  await gateway.close()
})

/** Every request example of every POST operation, with its path and query parameter examples. */
function listExampleCalls(document: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const operation = item.post
    if (!operation) return []
    const examples = operation.requestBody?.content['application/json']?.examples ?? {}
    const streamOnly = Object.keys(operation.responses['200']?.content ?? {}).every(
      (mediaType) => mediaType === 'text/event-stream',
    )
    return Object.entries(examples).map(([name, { value }]) => ({
      title: `${path} ${name}`,
      path,
      dialect: operation.tags[0]!.toLowerCase(),
      url: fillParameters(path, operation.parameters ?? []),
      body: value,
      streamOnly,
    }))
  })
}

/** The URL Swagger UI's "Try it out" sends: path and query parameters at their examples. */
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

const toOpenApiPath = (path: string) => path.replace(/:([a-z_]+)/g, '{$1}')

describe('the request examples of the served /openapi.json, against the embedded default', () => {
  it('cover every chat path the gateway serves', () => {
    const served = [...CHAT_PATHS.map(([path]) => path), ...ELASTIC_CHAT_PATHS].map(toOpenApiPath)
    const withExamples = new Set(calls.map(({ path }) => path))
    expect(served.filter((path) => !withExamples.has(path))).toEqual([])
  })

  it.each(calls)('$title succeeds through an upstream of its own dialect', async (call) => {
    const response = await fetch(`${gateway.url}${call.url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(call.body),
      signal: AbortSignal.timeout(30_000),
    })
    const answer = (await response.text()).slice(0, MAX_ANSWER_CHARS)
    expect(checkAnswer(call, response, answer)).toBeUndefined()
  })
})

function checkAnswer(call: ExampleCall, response: Response, answer: string): string | undefined {
  if (response.status !== 200) return `${response.status} ${answer.slice(0, 300)}`
  const upstream = response.headers.get('chatwire-upstream') ?? ''
  if (gateway.config.upstreams[upstream]?.dialect !== call.dialect) {
    return `served by upstream '${upstream}', not a ${call.dialect} one`
  }
  const type = response.headers.get('content-type') ?? ''
  const streamed = call.streamOnly || (call.body as { stream?: boolean }).stream === true
  if (streamed) {
    if (!type.startsWith('text/event-stream')) return `content-type ${type}, not a stream`
    if (!/^data: \[DONE\]$/m.test(answer)) return `a stream without [DONE]: ${answer.slice(-300)}`
    return undefined
  }
  if (!type.startsWith('application/json')) return `content-type ${type}`
  const { choices } = JSON.parse(answer) as { choices?: unknown[] }
  return choices?.length ? undefined : `no choices: ${answer.slice(0, 300)}`
}
