import { elasticEmulatorDialect } from './elastic-emulator-dialect'
import type { DialectName, EmulatorDialect } from './emulator-dialect'
import { friendliEmulatorDialect } from './friendli-emulator-dialect'
import { octoaiEmulatorDialect } from './octoai-emulator-dialect'
import { openaiEmulatorDialect } from './openai-emulator-dialect'

const DIALECTS: Record<DialectName, EmulatorDialect> = {
  openai: openaiEmulatorDialect,
  elastic: elasticEmulatorDialect,
  octoai: octoaiEmulatorDialect,
  friendli: friendliEmulatorDialect,
}

export const DIALECT_NAMES = Object.keys(DIALECTS) as DialectName[]

export function selectDialect(name: DialectName): EmulatorDialect {
  const dialect = Object.hasOwn(DIALECTS, name) ? DIALECTS[name] : undefined
  if (!dialect) throw new TypeError(`No emulator for dialect '${name}'`)
  return dialect
}
