import { parseArgs } from 'node:util'
import { listEmulatedDialects } from './dialects/resolve-dialect'
import type { EmulatorOptions } from './emulator-types'

/** The usage line, listing the dialects that can be emulated. */
function formatUsage(names: readonly string[]): string {
  return `Usage: pnpm emulator --dialect <${names.join('|')}> [--port 0] [--host 127.0.0.1] [--api-key KEY]`
}

/**
 * `--dialect <name> --port 9200 …` → emulator options; `names` are the dialects to choose from
 * (default: the registered dialects that bring an emulator). Throws a TypeError with the usage.
 */
export function parseCliArguments(
  argv: readonly string[],
  names: readonly string[] = listEmulatedDialects(),
): EmulatorOptions {
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
  const usage = formatUsage(names)
  const { dialect } = values
  if (!dialect || !names.includes(dialect)) throw new TypeError(usage)
  const options: EmulatorOptions = { dialect }
  if (values.port !== undefined) {
    const port = Number(values.port)
    if (!/^\d+$/.test(values.port) || port > 65_535) throw new TypeError(`Bad --port\n${usage}`)
    options.port = port
  }
  if (values.host !== undefined) options.host = values.host
  if (values['api-key'] !== undefined) options.apiKey = values['api-key']
  return options
}
