import { describe, expect, it } from 'vitest'
import type { Loss } from '../schema/loss'
import type { ToolCall } from '../schema/tool'
import { encodeFunctionToolCalls } from './encode-function-tool-calls'

const weather: ToolCall = { id: 'a', type: 'function', name: 'weather', arguments: '{}' }
const grep: ToolCall = { id: 'b', type: 'custom', name: 'grep', input: 'x' }
const clock: ToolCall = { id: 'c', type: 'function', name: 'clock', arguments: '' }

describe('encodeFunctionToolCalls', () => {
  it.each<[string, ToolCall[], string[], Loss[]]>([
    ['no calls', [], [], []],
    ['function calls only', [weather, clock], ['weather', 'clock'], []],
    [
      'a custom call between them',
      [weather, grep, clock],
      ['weather', 'clock'],
      [
        {
          path: 'messages[2].toolCalls[1]',
          kind: 'semantic',
          message: 'Acme has no custom tool calls',
        },
      ],
    ],
  ])('%s', (_name, calls, names, expectedLosses) => {
    const losses: Loss[] = []
    const encoded = encodeFunctionToolCalls(
      calls,
      'messages[2].toolCalls',
      losses,
      'Acme',
      (call) => call.name,
    )
    expect(encoded).toEqual(names)
    expect(losses).toEqual(expectedLosses)
  })
})
