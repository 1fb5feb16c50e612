import { describe, expect, it } from 'vitest'
import { escapeLabelValue, renderLabels } from './render-labels'

describe('escapeLabelValue', () => {
  it.each([
    ['plain', 'plain'],
    ['back\\slash', 'back\\\\slash'],
    ['a "quoted" name', 'a \\"quoted\\" name'],
    ['two\nlines', 'two\\nlines'],
    ['\\"\n', '\\\\\\"\\n'],
    ['tab\tstays', 'tab\tstays'],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeLabelValue(value)).toBe(escaped)
  })
})

describe('renderLabels', () => {
  it('renders names and escaped values in order, comma-separated', () => {
    expect(renderLabels(['inbound', 'upstream'], ['openai', 'my "main"'])).toBe(
      'inbound="openai",upstream="my \\"main\\""',
    )
  })

  it('renders the empty label set as an empty string', () => {
    expect(renderLabels([], [])).toBe('')
  })
})
