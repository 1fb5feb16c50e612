import type { Dialect, DialectEmulator } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'

/** The dialect an emulator answers as: its name and its emulator behaviour. */
export interface EmulatedDialect {
  name: string
  emulator: DialectEmulator
}

/** The names of the dialects that bring an emulator, in registry order. */
export function listEmulatedDialects(dialects: readonly Dialect[] = defaultDialects): string[] {
  return dialects.filter((dialect) => dialect.emulator !== undefined).map(({ name }) => name)
}

/**
 * The dialect to emulate: a name registered in `dialects` (by default the default dialects), or
 * a `Dialect` itself. Throws a TypeError naming the choices when there is none to emulate.
 */
export function resolveDialect(
  choice: string | Dialect,
  dialects: readonly Dialect[] = defaultDialects,
): EmulatedDialect {
  const dialect = typeof choice === 'string' ? dialects.find(({ name }) => name === choice) : choice
  const name = typeof choice === 'string' ? choice : choice.name
  if (!dialect?.emulator) {
    const known = listEmulatedDialects(dialects).join(', ') || 'none'
    throw new TypeError(`No emulator for dialect '${name}' (dialects with one: ${known})`)
  }
  return { name: dialect.name, emulator: dialect.emulator }
}
