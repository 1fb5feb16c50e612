import { createDefaultRegistry } from '@chatwire/dialects'
import { afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'
import { fetchRequestExamples, type RequestExampleRow } from './list-request-examples'

const MAX_ANSWER_CHARS = 1 << 20

// Top-level await: the rows of `it.each` are the examples of the document the gateway serves.
const gateway: RunningGateway = await startGateway({ port: 0, logger: silentLogger })
const rows = await fetchRequestExamples(gateway)

afterAll(async () => {
  await gateway.close()
})

describe('the request examples of the served /openapi.json, against the embedded default', () => {
  it('cover every chat path the gateway serves', () => {
    const served = createDefaultRegistry().endpoints.flatMap(
      ({ endpoint }) => endpoint.gatewayPaths,
    )
    const withExamples = new Set(rows.map(({ path }) => path))
    expect(served.filter((path) => !withExamples.has(path))).toEqual([])
  })

  it.each(rows)('$path $example succeeds through an upstream of its own dialect', async (row) => {
    const response = await fetch(`${gateway.url}${row.url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(row.body),
      signal: AbortSignal.timeout(30_000),
    })
    const answer = (await response.text()).slice(0, MAX_ANSWER_CHARS)
    expect(checkAnswer(row, response, answer)).toBeUndefined()
  })
})

function checkAnswer(row: RequestExampleRow, response: Response, answer: string) {
  if (response.status !== 200) return `${response.status} ${answer.slice(0, 300)}`
  const upstream = response.headers.get('chatwire-upstream') ?? ''
  if (gateway.config.upstreams[upstream]?.dialect !== row.tag.toLowerCase()) {
    return `served by upstream '${upstream}', not a ${row.tag} one`
  }
  const type = response.headers.get('content-type') ?? ''
  if (row.streamed) {
    if (!type.startsWith('text/event-stream')) return `content-type ${type}, not a stream`
    if (!/^data: \[DONE\]$/m.test(answer)) return `a stream without [DONE]: ${answer.slice(-300)}`
    if (row.builtinTool && !/^event: tool_status$/m.test(answer)) return 'no tool_status event'
    return undefined
  }
  if (!type.startsWith('application/json')) return `content-type ${type}`
  const { choices } = JSON.parse(answer) as { choices?: unknown[] }
  return choices?.length ? undefined : `no choices: ${answer.slice(0, 300)}`
}
