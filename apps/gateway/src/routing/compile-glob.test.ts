import { describe, expect, it } from 'vitest'
import { compileGlob } from './compile-glob'

describe('compileGlob', () => {
  it.each([
    ['*', 'anything at all', true],
    ['*', '', true],
    ['gpt-*', 'gpt-4o-mini', true],
    ['gpt-*', 'gpt-', true],
    ['gpt-*', 'xgpt-4o', false],
    ['gpt-4o', 'gpt-4o', true],
    ['gpt-4o', 'gpt-4o-mini', false],
    ['meta-llama-3.?-8b', 'meta-llama-3.1-8b', true],
    ['meta-llama-3.?-8b', 'meta-llama-3.10-8b', false],
    ['a.b', 'axb', false],
    ['*/GLM-*', 'zai-org/GLM-5.2', true],
    ['(x)+[y]', '(x)+[y]', true],
    ['ep-*:adapter', 'ep-123:adapter', true],
    // Several stars and `?`s: what the linear matcher (compile-glob-linear.test.ts) must get right.
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['*-instruct', 'llama-3-instruct', true],
    ['??', 'ab', true],
    ['??', 'abc', false],
    ['a**b', 'ab', true],
    ['a*', '', false],
  ])('%s matches %j: %s', (glob, name, expected) => {
    expect(compileGlob(glob)(name)).toBe(expected)
  })

  // Regression: the matcher took a glob `*` as the literal `*` of a name first and never went
  // back, so `*-instruct` missed a model named `*x-instruct` and fell through to a later route.
  it.each([
    ['*-instruct', '*x-instruct', true],
    ['*.ts', '*.config.ts', true],
    ['a*', 'a*', true],
    ['*b', '*', false],
    ['x*', '*x', false],
  ])('a literal * in the name: %s matches %j: %s', (glob, name, expected) => {
    expect(compileGlob(glob)(name)).toBe(expected)
  })
})
