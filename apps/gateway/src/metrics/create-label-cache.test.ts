import { describe, expect, it } from 'vitest'
import { createLabelCache } from './create-label-cache'

describe('createLabelCache', () => {
  // Label sets a joined key would confuse stay apart (`\0` was the old join's separator).
  it.each<[string[], string[], string, string]>([
    [['a', 'b'], ['ab', ''], 'x="a",y="b"', 'x="ab",y=""'],
    [['a\0b', 'c'], ['a', 'b\0c'], 'x="a\0b",y="c"', 'x="a",y="b\0c"'],
    [['openai', 'up'], ['up', 'openai'], 'x="openai",y="up"', 'x="up",y="openai"'],
  ])('%j and %j render %s and %s', (first, second, firstLabels, secondLabels) => {
    const labels = createLabelCache(['x', 'y'])
    expect(labels(...first)).toBe(firstLabels)
    expect(labels(...second)).toBe(secondLabels)
    expect(labels(...first)).toBe(firstLabels)
  })

  it.each<[string[], string[]]>([
    [['inbound'], ['openai']],
    [
      ['inbound', 'upstream', 'outcome'],
      ['openai', 'up', 'ok'],
    ],
  ])('renders %j once per value set', (names, values) => {
    const labels = createLabelCache(names)
    const once = labels(...values)
    expect(once).toBe(names.map((name, i) => `${name}="${values[i]}"`).join(','))
    expect(labels(...values)).toBe(once)
  })
})
