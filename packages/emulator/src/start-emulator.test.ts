import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from './emulator-types'
import type { ScriptContext } from './script/reply-script'
import { startEmulator } from './start-emulator'
import { postJson, readSseEvents } from './test-support/read-sse-events'

let emulator: Emulator
/** Called when a request reaches the emulated model: lets a test wait for it without polling. */
let onModel: (context: ScriptContext) => void = () => {}

beforeAll(async () => {
  emulator = await startEmulator({
    dialect: 'openai',
    script: (context) => {
      onModel(context)
      if (context.headers['x-test-script'] === 'throw') throw new Error('script broke')
      return context.headers['x-test-script'] === 'shout' ? { text: 'SCRIPTED' } : undefined
    },
  })
})
afterAll(() => emulator.close())

const url = () => `${emulator.url}/v1/chat/completions`
const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o',
  messages: [{ role: 'user', content }],
  ...extra,
})
const reachedModel = () => new Promise<ScriptContext>((resolve) => (onModel = resolve))
const last = () => emulator.requests.at(-1)!

describe('startEmulator', () => {
  it('listens on 127.0.0.1 at an ephemeral port', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.dialect).toBe('openai')
  })

  it('records each call: path, query, headers, body, canonical request, status, outcome', async () => {
    const response = await postJson(`${url()}?trace=1`, chat('hi', { stream: true }), {
      'x-trace': 'abc',
    })
    const events = await readSseEvents(response)
    await emulator.idle()
    expect(last()).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      query: { trace: '1' },
      headers: { 'x-trace': 'abc', 'content-type': 'application/json' },
      body: chat('hi', { stream: true }),
      request: { model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'hi' }] },
      status: 200,
      outcome: 'completed',
      aborted: false,
      events: events.length,
    })
    expect(events.at(-1)?.data).toBe('[DONE]')
  })

  it('lets the script option override the directives, and shows it the request', async () => {
    const seen = reachedModel()
    const response = await postJson(url(), chat('[[text:from directive]]'), {
      'x-test-script': 'shout',
    })
    const body = (await response.json()) as { choices: { message: { content: string } }[] }
    expect(body.choices[0]?.message.content).toBe('SCRIPTED')
    expect(await seen).toMatchObject({
      dialect: 'openai',
      path: '/v1/chat/completions',
      request: { model: 'gpt-4o' },
    })
  })

  it('answers a script that throws with a 500 in the dialect envelope', async () => {
    const response = await postJson(url(), chat('hi'), { 'x-test-script': 'throw' })
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      error: { message: 'script broke', type: 'server_error', param: null, code: null },
    })
  })

  it('notices a client that goes away mid-stream and stops writing', async () => {
    const controller = new AbortController()
    const response = await postJson(
      url(),
      chat('[[chunks:100]] [[delay:20]]', { stream: true }),
      {},
      controller.signal,
    )
    const reader = response.body!.getReader()
    await reader.read()
    controller.abort()
    await emulator.idle()
    expect(last()).toMatchObject({ outcome: 'aborted', aborted: true, status: 200 })
    expect(last().events).toBeLessThan(103)
  })

  it('stalls before the first byte until the client gives up, and records the abort', async () => {
    const controller = new AbortController()
    const seen = reachedModel()
    const pending = postJson(url(), chat('[[stall]]', { stream: true }), {}, controller.signal)
    await seen
    controller.abort()
    await expect(pending).rejects.toThrow()
    await emulator.idle()
    expect(last()).toMatchObject({ outcome: 'aborted', aborted: true, events: 0 })
    expect(last().status).toBeUndefined()
  })

  it('holds a call that does not stream for the whole generation, and notices the client leaving', async () => {
    const controller = new AbortController()
    const seen = reachedModel()
    const pending = postJson(url(), chat('[[chunks:50]] [[delay:1000]]'), {}, controller.signal)
    await seen
    controller.abort()
    await expect(pending).rejects.toThrow()
    await emulator.idle()
    expect(last()).toMatchObject({ outcome: 'aborted', aborted: true })
    expect(last().status).toBeUndefined()
  })

  it('resets the connection mid-stream after the planned chunks', async () => {
    const response = await postJson(url(), chat('one two three four [[reset:2]]', { stream: true }))
    const received: string[] = []
    const reading = (async () => {
      for await (const chunk of response.body!) received.push(Buffer.from(chunk).toString())
    })()
    await expect(reading).rejects.toThrow()
    await emulator.idle()
    expect(last()).toMatchObject({ outcome: 'reset', aborted: false, events: 3 })
    expect(received.join('')).toContain('"content":" two"')
    expect(received.join('')).not.toContain('[DONE]')
  })

  it('resets before any byte when the fault is planned for a call that does not stream', async () => {
    await expect(postJson(url(), chat('hello [[reset]]'))).rejects.toThrow()
    await emulator.idle()
    expect(last()).toMatchObject({ outcome: 'reset', aborted: false })
  })

  it('answers a mid-stream error planned for a call that does not stream with a 500', async () => {
    const response = await postJson(url(), chat('hello [[midstream-error]]'))
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ error: { type: 'server_error' } })
  })

  it('ends an in-stream error without [DONE]', async () => {
    const events = await readSseEvents(
      await postJson(url(), chat('a b c [[midstream-error:1]]', { stream: true })),
    )
    expect(events.map((event) => event.data.slice(0, 9))).toEqual([
      '{"id":"ch',
      '{"id":"ch',
      '{"error":',
    ])
  })

  it('drops a stalled call when closed', async () => {
    const other = await startEmulator({ dialect: 'openai' })
    const pending = postJson(`${other.url}/v1/chat/completions`, chat('[[stall]]')).catch(
      (error: unknown) => error,
    )
    while (other.requests[0]?.body === undefined)
      await new Promise((resolve) => setImmediate(resolve))
    await other.close()
    expect(await pending).toBeInstanceOf(Error)
    expect(other.requests[0]).toMatchObject({ aborted: true, outcome: 'aborted' })
  })
})

describe('startEmulator with a dialect that is not a default one', () => {
  const openai = defaultDialects.find((dialect) => dialect.name === 'openai')!
  const acme: Dialect = { ...openai, name: 'acme' }

  it.each([
    ['a Dialect object', { dialect: acme }],
    ['a name looked up in the dialects option', { dialect: 'acme', dialects: [acme] }],
  ])('serves %s under its own name', async (_case, options) => {
    const dialects: string[] = []
    const started = await startEmulator({
      ...options,
      script: (context) => {
        dialects.push(context.dialect)
        return { text: 'from acme' }
      },
    })
    try {
      expect(started.dialect).toBe('acme')
      const response = await postJson(`${started.url}/v1/chat/completions`, chat('hi'))
      expect(response.status).toBe(200)
      expect((await response.json()).choices[0].message.content).toBe('from acme')
      expect(dialects).toEqual(['acme'])
    } finally {
      await started.close()
    }
  })

  it('refuses a name the dialects option does not hold, before listening', async () => {
    await expect(startEmulator({ dialect: 'openai', dialects: [acme] })).rejects.toThrow(
      "No emulator for dialect 'openai' (dialects with one: acme)",
    )
  })
})
