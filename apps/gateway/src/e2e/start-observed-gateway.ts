import { createServer } from 'node:net'
import { type Emulator, startEmulator } from '@chatwire/emulator'
import OpenAI from 'openai'
import { afterAll, beforeAll } from 'vitest'
import type { GatewayConfig } from '../config/gateway-config'
import { createJsonLogger } from '../log/logger'
import { type RunningGateway, startGateway } from '../server/start-gateway'

/** A gateway over an OpenAI and an Elastic emulator and a dead port, its log lines captured. */
export interface ObservedGateway {
  gateway: RunningGateway
  /** The official OpenAI SDK pointed at the gateway, no retries of its own. */
  client: OpenAI
  openai: Emulator
  elastic: Emulator
  /** Every log line, parsed, debug level included. */
  lines: Record<string, unknown>[]
  close(): Promise<void>
}

/**
 * Routes: `chat-*` → OpenAI emulator; `es-*` → Elastic emulator (drops `user`); `retry-*` →
 * OpenAI emulator with one retry; `dead-*` → a closed port; `rescue-*` → the closed port, then
 * the OpenAI emulator as fallback; `slow-*` → the OpenAI emulator with a 150 ms first-byte wait.
 */
async function startObservedGateway(): Promise<ObservedGateway> {
  const [openai, elastic, deadPort] = await Promise.all([
    startEmulator({ dialect: 'openai' }),
    startEmulator({ dialect: 'elastic' }),
    closedPort(),
  ])
  const config: GatewayConfig = {
    upstreams: {
      main: { dialect: 'openai', baseURL: `${openai.url}/v1` },
      flaky: { dialect: 'openai', baseURL: `${openai.url}/v1`, retries: 1 },
      es: { dialect: 'elastic', baseURL: elastic.url },
      dead: { dialect: 'openai', baseURL: `http://127.0.0.1:${deadPort}/v1` },
      slow: { dialect: 'openai', baseURL: `${openai.url}/v1`, timeouts: { firstByteMs: 150 } },
    },
    routes: [
      { match: 'chat-*', upstream: 'main' },
      { match: 'es-*', upstream: 'es' },
      { match: 'retry-*', upstream: 'flaky' },
      { match: 'dead-*', upstream: 'dead' },
      { match: 'rescue-*', upstream: 'dead', fallbacks: ['main'] },
      { match: 'slow-*', upstream: 'slow' },
    ],
  }
  const lines: Record<string, unknown>[] = []
  const logger = createJsonLogger((line) => lines.push(JSON.parse(line)), { level: 'debug' })
  const gateway = await startGateway({ config, host: '127.0.0.1', port: 0, logger })
  return {
    gateway,
    client: new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: 'unused', maxRetries: 0 }),
    openai,
    elastic,
    lines,
    async close() {
      await gateway.close()
      await Promise.all([openai.close(), elastic.close()])
    },
  }
}

/** One per test file: started before its tests, closed after; call the getter inside a test. */
export function useObservedGateway(): () => ObservedGateway {
  let observed: ObservedGateway | undefined
  beforeAll(async () => {
    observed = await startObservedGateway()
  })
  afterAll(async () => {
    await observed?.close()
  })
  return () => {
    if (!observed) throw new Error('the observed gateway has not started')
    return observed
  }
}

/** One user message, as the SDK types it. */
export const user = (content: string): OpenAI.ChatCompletionMessageParam[] => [
  { role: 'user', content },
]

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return address.port
}
