import { parseArgs } from 'node:util'
import type { DialectName } from './dialects/emulator-dialect'
import { DIALECT_NAMES } from './dialects/select-dialect'
import type { EmulatorOptions } from './emulator-types'

export const USAGE = `Usage: pnpm emulator --dialect <${DIALECT_NAMES.join('|')}> [--port 0] [--host 127.0.0.1] [--api-key KEY]`

/** `--dialect elastic --port 9200 …` → emulator options. Throws a TypeError with the usage. */
export function parseCliArguments(argv: readonly string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dialect: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key': { type: 'string' },
    },
    strict: true,
  })
  const dialect = values.dialect as DialectName | undefined
  if (!dialect || !DIALECT_NAMES.includes(dialect)) throw new TypeError(USAGE)
  const options: EmulatorOptions = { dialect }
  if (values.port !== undefined) {
    const port = Number(values.port)
    if (!/^\d+$/.test(values.port) || port > 65_535) throw new TypeError(`Bad --port\n${USAGE}`)
    options.port = port
  }
  if (values.host !== undefined) options.host = values.host
  if (values['api-key'] !== undefined) options.apiKey = values['api-key']
  return options
}
