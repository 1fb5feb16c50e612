import { describe, expect, it } from 'vitest'
import { createArgumentsScan, resetArgumentsScan, scanToolArguments } from './scan-tool-arguments'

describe('scanToolArguments', () => {
  it.each<[string[], boolean]>([
    [[''], false],
    [['{"city": "Pa', 'ris"}'], true],
    [['{"city": "Pa'], false],
    [['{"a":{"b":[1,', '2]}', '}'], true],
    [['{"a":{"b":[1,2]}'], false],
    [['{"brace": "}"', '}'], true],
    [['{"quote": "\\', '"}"'], false],
    [['{"quote": "\\"', '"}'], true],
    [['{}', '  \n'], true],
    [['{}', ','], false],
    [['"text"'], true],
    [['tru'], false],
  ])('%j → complete %s', (fragments, complete) => {
    const scan = createArgumentsScan()
    for (const fragment of fragments) scanToolArguments(scan, fragment)
    expect(scan.complete).toBe(complete)
  })

  it('starts over after a reset', () => {
    const scan = createArgumentsScan()
    scanToolArguments(scan, '{"a": "')
    resetArgumentsScan(scan)
    scanToolArguments(scan, '{}')
    expect(scan.complete).toBe(true)
  })
})
