import { parseArgs } from 'node:util'

export interface CliOptions {
  config?: string
  host?: string
  port?: number
  help: boolean
}

export const USAGE = `Usage: pnpm gateway [--config FILE] [--port N] [--host H]

Without --config the gateway serves the embedded default: in-process emulators for all
four dialects, no keys, no network. PORT in the environment sets the port too (--port wins).`

/** `--config FILE --port N --host H`; PORT from the environment when --port is absent. */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string', short: 'c' },
      host: { type: 'string' },
      port: { type: 'string', short: 'p' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  })
  const options: CliOptions = { help: values.help === true }
  if (values.config !== undefined) options.config = values.config
  if (values.host !== undefined) options.host = values.host
  const port = values.port ?? env.PORT
  if (port !== undefined)
    options.port = parsePort(port, values.port !== undefined ? '--port' : 'PORT')
  return options
}

function parsePort(text: string, source: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(port >= 0 && port <= 65535))
    throw new Error(`${source} must be a port number 0–65535, got '${text}'`)
  return port
}
