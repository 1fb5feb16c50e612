import { describe, expect, it } from 'vitest'
import { toFieldPath } from './to-field-path'

describe('toFieldPath', () => {
  it.each([
    ['', ''],
    ['/model', 'model'],
    ['/messages/0/content', 'messages[0].content'],
    ['/messages/12/tool_calls/3/function/name', 'messages[12].tool_calls[3].function.name'],
    ['/logit_bias/50256', 'logit_bias[50256]'],
    ['/a~1b/c~0d', 'a/b.c~d'],
  ])('%s → %s', (pointer, path) => {
    expect(toFieldPath(pointer)).toBe(path)
  })
})
