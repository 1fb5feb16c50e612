import type { ChatRequest, Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import {
  ACME_GATEWAY_PATH,
  ACME_KEY_HEADER,
  ACME_VENDOR_PATH,
} from '@chatwire-test/dialect-fixture'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callAsDialect } from './call-as-dialect'
import { ACME_TEST_KEY, type AcmeMatrix, startAcmeMatrix } from './start-acme-matrix'

const TOOLS: ChatRequest['tools'] = ['get_weather', 'get_time'].map((name) => ({
  type: 'function',
  name,
  description: `${name} of a city`,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
}))

let matrix: AcmeMatrix
beforeAll(async () => {
  matrix = await startAcmeMatrix()
})
afterAll(() => matrix?.close())

const byName = (name: string): Dialect => {
  const dialect = matrix.dialects.find((candidate) => candidate.name === name)
  if (!dialect) throw new Error(`no dialect ${name}`)
  return dialect
}

// The lanes acme must pass: acme → itself, acme → each default dialect, each default → acme.
const DEFAULTS = defaultDialects.map((dialect) => dialect.name)
const PAIRS: [inbound: string, upstream: string][] = [
  ['acme', 'acme'],
  ...DEFAULTS.flatMap((other): [string, string][] => [
    ['acme', other],
    [other, 'acme'],
  ]),
]

describe.each(PAIRS)('%s client → %s upstream, through the gateway', (inbound, upstream) => {
  const call = (prompt: string, extra: Partial<ChatRequest> = {}) =>
    callAsDialect(matrix.gateway.url, byName(inbound), {
      model: matrix.modelFor(upstream),
      messages: [{ role: 'user', content: prompt }],
      ...extra,
    })

  it('answers a text request', async () => {
    const answer = await call('[[text:Hello from the matrix]]')
    expect(answer.status, answer.text).toBe(200)
    expect(answer.response?.choices[0]?.message.content).toBe('Hello from the matrix')
    expect(answer.response?.choices[0]?.finishReason?.unified).toBe('stop')
  })

  it('streams text in several chunks with usage', async () => {
    const answer = await call('[[text:one two three four five]] [[chunks:5]]', {
      stream: true,
      streamOptions: { includeUsage: true },
    })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(answer.parts.at(-1)).toEqual({ type: 'done' })
    const contentChunks = answer.parts.filter(
      (part) => part.type === 'chunk' && part.choices[0]?.delta.content,
    )
    expect(contentChunks.length).toBeGreaterThanOrEqual(5)
    expect(answer.response?.choices[0]?.message.content).toBe('one two three four five')
    const usage = answer.response?.usage
    expect(usage?.completionTokens).toBeGreaterThan(0)
    expect(usage?.totalTokens).toBe((usage?.promptTokens ?? 0) + (usage?.completionTokens ?? 0))
  })

  it('streams parallel tool calls that reassemble by index', async () => {
    const answer = await call('Weather and time in Paris? [[tools:parallel]]', {
      stream: true,
      tools: TOOLS,
    })
    expect(answer.status, answer.text).toBe(200)
    const choice = answer.response?.choices[0]
    expect(choice?.message.toolCalls?.map((toolCall) => toolCall.name)).toEqual([
      'get_weather',
      'get_time',
    ])
    for (const toolCall of choice?.message.toolCalls ?? []) {
      expect(toolCall.id).not.toBe('')
      expect(toolCall.type === 'function' && JSON.parse(toolCall.arguments)).toHaveProperty('city')
    }
    expect(choice?.finishReason?.unified).toBe('tool-calls')
  })

  it("puts a pre-stream upstream error in the client's dialect", async () => {
    const answer = await call('[[error:429]]', { stream: true })
    expect(answer.status).toBe(429)
    expect(answer.error?.kind).toBe('rate_limit')
  })

  it("ends a stream broken mid-way with the client's error event", async () => {
    const answer = await call(
      '[[text:alpha beta gamma delta]] [[chunks:4]] [[midstream-error:2]]',
      {
        stream: true,
      },
    )
    expect(answer.status, answer.text).toBe(200)
    expect(answer.response?.choices[0]?.message.content).not.toBe('')
    expect(answer.parts.at(-1)?.type).toBe('error')
  })
})

describe("acme's own binding, honoured by a gateway that does not know it", () => {
  it('calls the acme upstream at {baseURL}/chat/completions with X-Acme-Key and no bearer', async () => {
    const answer = await callAsDialect(matrix.gateway.url, byName('openai'), {
      model: matrix.modelFor('acme'),
      messages: [{ role: 'user', content: 'binding-check [[text:ok]]' }],
    })
    expect(answer.status, answer.text).toBe(200)
    const recorded = matrix.emulators.acme?.requests.find((request) =>
      JSON.stringify(request.body).includes('binding-check'),
    )
    expect(recorded?.path).toBe(ACME_VENDOR_PATH)
    expect(recorded?.headers[ACME_KEY_HEADER]).toBe(ACME_TEST_KEY)
    expect(recorded?.headers).not.toHaveProperty('authorization')
  })

  it("answers acme's clients with acme's headers, and its unknown model in its envelope", async () => {
    const answer = await callAsDialect(matrix.gateway.url, byName('acme'), {
      model: 'no-such-model',
      messages: [{ role: 'user', content: 'Hi' }],
    })
    expect(answer.status).toBe(404)
    expect(answer.headers.get('acme-version')).toBe('2026-01')
    expect(JSON.parse(answer.text)).toMatchObject({ error: { param: 'model' } })
  })

  it('keeps acme_priority from acme to acme, and reports it dropped toward another dialect', async () => {
    for (const upstream of ['acme', 'openai']) {
      const marker = `priority-${upstream}`
      const answer = await callAsDialect(matrix.gateway.url, byName('acme'), {
        model: matrix.modelFor(upstream),
        messages: [{ role: 'user', content: `${marker} [[text:ok]]` }],
        extensions: { acme: { acmePriority: 'high' } },
      })
      expect(answer.status, answer.text).toBe(200)
      const sent = matrix.emulators[upstream]?.requests.find((request) =>
        JSON.stringify(request.body).includes(marker),
      )?.body as Record<string, unknown>
      if (upstream === 'acme') expect(sent.acme_priority).toBe('high')
      else {
        expect(sent).not.toHaveProperty('acme_priority')
        // Named as the acme client wrote it: the gateway snake-cases the bag key, so a key that
        // is not the camelCase of its wire name (`priority`) was reported under the wrong name.
        expect(answer.headers.get('chatwire-dropped')?.split(/,\s*/)).toContain('acme_priority')
      }
    }
  })

  it("serves the openai SDK pointed at acme's path by its base URL", async () => {
    const client = new OpenAI({
      baseURL: `${matrix.gateway.url}${ACME_GATEWAY_PATH.replace('/chat/completions', '')}`,
      apiKey: 'unused',
      maxRetries: 0,
      timeout: 20_000,
    })
    const stream = await client.chat.completions.create({
      model: matrix.modelFor('elastic'),
      messages: [{ role: 'user', content: '[[text:via the sdk]] [[chunks:3]]' }],
      stream: true,
    })
    let text = ''
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
    expect(text).toBe('via the sdk')
  })
})
