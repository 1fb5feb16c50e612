import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { isLogLevel, LOG_LEVELS, type LogLevel } from '../log/logger'

export interface CliOptions {
  config?: string
  host?: string
  port?: number
  /** Worker processes (node:cluster); 1 = serve from this process. */
  workers: number
  logLevel: LogLevel
  help: boolean
  version: boolean
}

/** Refused above this: a typo (`--workers 800`) must not fork hundreds of processes. */
const MAX_WORKERS = 256

export const USAGE = `Usage: chatwire [options]

Options:
  -c, --config FILE      Gateway config, JSON or YAML (\${ENV} substituted). Without it, the
                         embedded default: in-process emulators of all four dialects, no keys.
  -p, --port N           Port to listen on (default: server.port, else 8787; 0 = any free port).
      --host H           Address to bind (default: server.host, else 127.0.0.1).
      --workers N|auto   Worker processes serving one port (auto: one per available core).
                         Default 1: no cluster. A dead worker is restarted.
      --log-level LEVEL  ${LOG_LEVELS.join(', ')} (default info).
  -v, --version          Print the version and exit.
  -h, --help             Print this help and exit.

Environment:
  PORT                   The port when --port is absent.
  LOG_LEVEL              The log level when --log-level is absent.

Probes: GET /healthz (alive), GET /readyz (200 ready; 503 while starting or draining).
SIGTERM/SIGINT drains: no new connections, requests in flight finish within
server.drainTimeoutMs (30 s), streams still open then end with their dialect's error event,
exit 0. Exit codes: 0 stopped, 1 start-up failed (config, port, host), 2 bad arguments.`

/** The flags; PORT and LOG_LEVEL from the environment when their flag is absent. */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliOptions {
  const { values } = readFlags(argv)
  const logLevel = values['log-level'] ?? env.LOG_LEVEL ?? 'info'
  if (!isLogLevel(logLevel)) {
    const source = values['log-level'] !== undefined ? '--log-level' : 'LOG_LEVEL'
    throw new Error(`${source} must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`)
  }
  const options: CliOptions = {
    help: values.help === true,
    version: values.version === true,
    workers: values.workers === undefined ? 1 : parseWorkers(values.workers),
    logLevel,
  }
  if (values.config !== undefined) options.config = values.config
  if (values.host !== undefined) options.host = values.host
  const port = values.port ?? env.PORT
  if (port !== undefined)
    options.port = parsePort(port, values.port !== undefined ? '--port' : 'PORT')
  return options
}

function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        config: { type: 'string', short: 'c' },
        host: { type: 'string' },
        port: { type: 'string', short: 'p' },
        workers: { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
      strict: true,
      allowPositionals: false,
    })
  } catch (error) {
    throw new Error(flagProblem(error as Error & { code?: string }))
  }
}

/** node:util's message, on one line, naming the flag. */
function flagProblem(error: Error & { code?: string }): string {
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `Unexpected argument '${/'([^']*)'/.exec(error.message)?.[1]}' (chatwire takes only options)`
  }
  return error.message.split('\n')[0] ?? error.message
}

function parsePort(text: string, source: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(port >= 0 && port <= 65535))
    throw new Error(`${source} must be a port number 0–65535, got '${text}'`)
  return port
}

function parseWorkers(text: string): number {
  if (text === 'auto') return availableParallelism()
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(count >= 1 && count <= MAX_WORKERS))
    throw new Error(`--workers must be 'auto' or a number 1–${MAX_WORKERS}, got '${text}'`)
  return count
}
