import type { ChatRequest, Tool } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { chooseToolCalls } from './choose-tool-calls'

const weather: Tool = {
  type: 'function',
  name: 'get_weather',
  parameters: { type: 'object', properties: { city: { type: 'string' } } },
}
const time: Tool = { type: 'function', name: 'get_time' }
const search: Tool = { type: 'builtin', name: 'web:search' }
const custom: Tool = { type: 'custom', name: 'grammar' }

const request = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'm',
  messages: [{ role: 'user', content: 'hi' }],
  tools: [custom, weather, time, search],
  ...extra,
})

const names = (chosen: ReturnType<typeof chooseToolCalls>) => chosen.map((call) => call.tool.name)

describe('chooseToolCalls', () => {
  it.each([
    ['no wish, no ask', request(), undefined, '', []],
    ['first offered (custom tools are never called)', request(), 'first', '', ['get_weather']],
    ['parallel', request(), 'parallel', '', ['get_weather', 'get_time', 'web:search']],
    ['by name, unknown names skipped', request(), ['get_time', 'nope'], '', ['get_time']],
    [
      'asked in the prompt',
      request(),
      undefined,
      'Please call get_time, then call web:search.',
      ['get_time', 'web:search'],
    ],
    [
      'forced by tool_choice',
      request({ toolChoice: { type: 'function', name: 'get_time' } }),
      undefined,
      '',
      ['get_time'],
    ],
    [
      'required picks the first',
      request({ toolChoice: 'required' }),
      undefined,
      '',
      ['get_weather'],
    ],
    ['tool_choice none wins', request({ toolChoice: 'none' }), 'parallel', 'call get_time', []],
    [
      'parallel_tool_calls false keeps one',
      request({ parallelToolCalls: false }),
      'parallel',
      '',
      ['get_weather'],
    ],
    ['no tools offered', request({ tools: [] }), 'first', '', []],
  ] as const)('%s', (_name, input, wanted, prompt, expected) => {
    expect(names(chooseToolCalls(input, wanted as never, prompt))).toEqual(expected)
  })

  it('builds arguments from the schema, or takes the scripted ones', () => {
    const [built] = chooseToolCalls(request(), 'first', '')
    expect(built?.arguments).toBe('{"city":"sample city"}')
    const scripted = chooseToolCalls(
      request(),
      [{ name: 'get_weather', arguments: { city: 'Oslo' } }],
      '',
    )
    expect(scripted[0]?.arguments).toBe('{"city":"Oslo"}')
    const text = chooseToolCalls(request(), [{ name: 'get_time', arguments: '{"tz":"UTC"' }], '')
    expect(text[0]?.arguments).toBe('{"tz":"UTC"')
  })
})
