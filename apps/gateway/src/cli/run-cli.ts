import cluster from 'node:cluster'
import { resolve } from 'node:path'
import type { GatewayConfig } from '../config/gateway-config'
import { GATEWAY_DEFAULTS } from '../config/gateway-defaults'
import { loadConfig } from '../config/load-config'
import type { Logger, LogLevel } from '../log/logger'
import { INTERRUPT_FLUSH_MS } from '../server/drain-server'
import type { RunningGateway } from '../server/start-gateway'
import type { Supervisor, WorkerMessage } from '../server/supervise-workers'
import { describeConfigError, describeListenError } from './describe-start-up-error'
import { GATEWAY_VERSION } from './gateway-version'
import { type CliOptions, parseCliArgs, USAGE } from './parse-cli-args'

export interface CliIO {
  out(line: string): void
  err(line: string): void
  /** The gateway's logger, made once `--log-level` is known (default: JSON lines on stderr). */
  logger?: Logger | ((level: LogLevel) => Logger)
}

/**
 * `chatwire [flags]` → a running gateway (or, with `--workers` > 1, the cluster primary
 * supervising them), or an exit code after printing why: 0 help/version, 1 start-up failed
 * (config, port, host), 2 bad arguments.
 */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIO,
): Promise<RunningGateway | Supervisor | number> {
  let options: CliOptions
  try {
    options = parseCliArgs(argv, env)
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (options.help || options.version) {
    io.out(options.help ? USAGE : GATEWAY_VERSION)
    return 0
  }
  const logger = typeof io.logger === 'function' ? io.logger(options.logLevel) : io.logger
  let config: GatewayConfig | undefined
  if (options.config) {
    try {
      // `pnpm gateway` runs in the repository root; a relative path means the caller's directory.
      config = await loadConfig(resolve(env.INIT_CWD ?? process.cwd(), options.config), env)
    } catch (error) {
      io.err(describeConfigError(options.config, error))
      return 1
    }
  }
  if (options.workers > 1 && cluster.isPrimary) return startWorkers(options, config, io, logger)
  // Loaded only now: argument and config errors answer without loading the server.
  const { startGateway } = await import('../server/start-gateway')
  const host = options.host ?? config?.server?.host ?? '127.0.0.1'
  const port = options.port ?? config?.server?.port ?? 8787
  let gateway: RunningGateway
  try {
    gateway = await startGateway({ config, host, port, ...(logger ? { logger } : {}) })
  } catch (error) {
    const line = describeListenError(error, host, port)
    // Every worker fails alike: the primary prints the first one's line, once.
    if (cluster.isWorker) await tellPrimary({ chatwire: 'failed', line })
    else io.err(line)
    return 1
  }
  if (cluster.isWorker) {
    await tellPrimary({ chatwire: 'listening', url: gateway.url })
    return gateway
  }
  io.out(`chatwire gateway listening on ${gateway.url}`)
  if (gateway.embedded) await printQuickstart(gateway.url, io)
  return gateway
}

async function startWorkers(
  options: CliOptions,
  config: GatewayConfig | undefined,
  io: CliIO,
  logger: Logger | undefined,
): Promise<Supervisor | number> {
  const { superviseWorkers } = await import('../server/supervise-workers')
  const { createJsonLogger } = await import('../log/logger')
  const drainMs = config?.server?.drainTimeoutMs ?? GATEWAY_DEFAULTS.server.drainTimeoutMs
  const supervisor = await superviseWorkers({
    count: options.workers,
    logger: logger ?? createJsonLogger(undefined, { level: options.logLevel }),
    // Each worker drains on its own; past this, one that hangs is killed.
    drainLimitMs: drainMs + INTERRUPT_FLUSH_MS + 5000,
  })
  if ('failed' in supervisor) {
    io.err(supervisor.failed)
    return 1
  }
  io.out(`chatwire gateway listening on ${supervisor.url} (${options.workers} workers)`)
  if (!config) await printQuickstart(supervisor.url, io)
  return supervisor
}

function tellPrimary(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve()
    else process.send(message, undefined, {}, () => resolve())
  })
}

async function printQuickstart(url: string, io: CliIO): Promise<void> {
  const { describeEmbeddedDefault } = await import('./describe-embedded-default')
  const { defaultDialects } = await import('@chatwire/dialects')
  for (const line of describeEmbeddedDefault(url, defaultDialects)) io.out(line)
}
