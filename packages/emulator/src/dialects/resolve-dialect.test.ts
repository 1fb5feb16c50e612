import type { Dialect, DialectEmulator } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { describe, expect, it } from 'vitest'
import { listEmulatedDialects, resolveDialect } from './resolve-dialect'

const byName = (name: string) => defaultDialects.find((dialect) => dialect.name === name)!

/** Another dialect: one default dialect's emulator, as a copy of its own, under a new name. */
const acmeEmulator: DialectEmulator = { ...byName('openai').emulator! }
const acme: Dialect = { ...byName('openai'), name: 'acme', emulator: acmeEmulator }
const { emulator: _dropped, ...silent } = { ...byName('openai'), name: 'silent' }

describe('resolveDialect', () => {
  it.each(['openai', 'elastic', 'octoai', 'friendli'])(
    'finds the emulator the %s dialect brings in the default registry',
    (name) => {
      expect(byName(name).emulator).toBeDefined()
      expect(resolveDialect(name)).toEqual({ name, emulator: byName(name).emulator })
    },
  )

  it('lists the registered dialects that bring an emulator, in registry order', () => {
    expect(listEmulatedDialects()).toEqual(defaultDialects.map((dialect) => dialect.name))
    expect(listEmulatedDialects([silent, acme])).toEqual(['acme'])
  })

  it.each([
    ['a name in the given dialects', 'acme', [acme], 'acme'],
    ['a Dialect itself, registered nowhere', acme, [], 'acme'],
  ])('takes %s', (_case, choice, dialects, name) => {
    expect(resolveDialect(choice, dialects)).toEqual({ name, emulator: acmeEmulator })
  })

  it.each([
    [
      'an unknown name',
      'anthropic',
      undefined,
      /No emulator for dialect 'anthropic' \(dialects with one: openai, elastic, octoai, friendli\)/,
    ],
    [
      'a default name missing from the given dialects',
      'openai',
      [acme],
      /'openai' \(dialects with one: acme\)/,
    ],
    ['a Dialect without an emulator', silent, [silent], /'silent' \(dialects with one: none\)/],
  ])('refuses %s', (_case, choice, dialects, message) => {
    expect(() => resolveDialect(choice, dialects)).toThrow(message)
    expect(() => resolveDialect(choice, dialects)).toThrow(TypeError)
  })
})
