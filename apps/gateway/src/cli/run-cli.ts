import { resolve } from 'node:path'
import type { GatewayConfig } from '../config/gateway-config'
import { loadConfig } from '../config/load-config'
import type { Logger } from '../log/logger'
import type { RunningGateway } from '../server/start-gateway'
import { parseCliArgs, USAGE } from './parse-cli-args'

export interface CliIO {
  out(line: string): void
  err(line: string): void
  logger?: Logger
}

/**
 * `[--config FILE] [--port N] [--host H]` → a running gateway, or an exit code (0 help,
 * 1 bad config, 2 bad arguments) after printing why.
 */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIO,
): Promise<RunningGateway | number> {
  let options: ReturnType<typeof parseCliArgs>
  try {
    options = parseCliArgs(argv, env)
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (options.help) {
    io.out(USAGE)
    return 0
  }
  let config: GatewayConfig | undefined
  if (options.config) {
    try {
      // `pnpm gateway` runs in the repository root; a relative path means the caller's directory.
      config = await loadConfig(resolve(env.INIT_CWD ?? process.cwd(), options.config), env)
    } catch (error) {
      io.err(`Invalid config ${options.config}: ${(error as Error).message}`)
      return 1
    }
  }
  // Loaded only now: argument and config errors answer without loading the server.
  const { startGateway } = await import('../server/start-gateway')
  const gateway = await startGateway({
    config,
    host: options.host,
    port: options.port,
    logger: io.logger,
  })
  io.out(`chatwire gateway listening on ${gateway.url}`)
  if (gateway.embedded) printQuickstart(gateway.url, io)
  return gateway
}

function printQuickstart(url: string, io: CliIO): void {
  io.out('Serving the embedded default: emulated OpenAI, Elastic, OctoAI and Friendli upstreams.')
  io.out('Models: gpt-4o-mini (OpenAI), elastic-chat (Elastic), octoai-llama, friendli-llama. Try:')
  io.out(
    `  curl ${url}/v1/chat/completions -H 'content-type: application/json' -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}'`,
  )
}
