import {
  type ClientRequest,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http'
import type { ChatError, ChatStreamPart, ErrorKind } from '@chatwire/core'
import { expect } from 'vitest'
import type { GatewayConfig, Route, Upstream } from '../config/gateway-config'
import { createJsonLogger } from '../log/logger'
import {
  type RunningGateway,
  type StartGatewayOptions,
  startGateway,
} from '../server/start-gateway'
import {
  authorizationFor,
  INBOUND_CLIENTS,
  type InboundClient,
  readGatewayAnswer,
} from './inbound-clients'
import { type FaultUpstream, waitFor } from './start-fault-upstream'
import type { Dialect } from './vendor-dialects'

export { authorizationFor, INBOUND_CLIENTS }

/**
 * Each inbound dialect once and each upstream dialect once, so that a row repeated over these
 * pairs covers both sides of the gateway in four calls.
 */
export const ROTATION = [
  ['openai', 'openai'],
  ['octoai', 'friendli'],
  ['friendli', 'elastic'],
  ['elastic', 'octoai'],
] as const satisfies ReadonlyArray<readonly [Dialect, Dialect]>

export const INBOUND = ['openai', 'octoai', 'friendli', 'elastic'] as const

/** The model (Elastic: inference id) routed to the fault upstream's `dialect`. */
export const modelFor = (dialect: Dialect) => `via-${dialect}`

export interface FaultConfigOptions {
  /** Merged into every upstream. */
  upstream?: Partial<Upstream>
  /** Merged into every route. */
  route?: Partial<Route>
  server?: GatewayConfig['server']
  limits?: GatewayConfig['limits']
  auth?: GatewayConfig['auth']
}

/** One upstream per dialect (named after it) on the fault upstream, routed from `via-<dialect>`. */
export function faultConfig(
  upstream: FaultUpstream,
  options: FaultConfigOptions = {},
): GatewayConfig {
  const dialects: Dialect[] = ['openai', 'octoai', 'friendli', 'elastic']
  return {
    ...(options.server ? { server: options.server } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    upstreams: Object.fromEntries(
      dialects.map((dialect) => [
        dialect,
        { dialect, baseURL: upstream.baseURL(dialect), ...options.upstream },
      ]),
    ),
    routes: dialects.map((dialect) => ({
      match: modelFor(dialect),
      upstream: dialect,
      ...options.route,
    })),
  }
}

export interface FaultGateway {
  url: string
  gateway: RunningGateway
  /** Every JSON log line the gateway wrote. */
  logs: string[]
  close(): Promise<void>
}

/** What a fault gateway may take besides its config: a quota store to use instead of the config's. */
export type FaultGatewayOptions = Pick<StartGatewayOptions, 'quotaStore'>

/** The gateway in-process on 127.0.0.1:0, its log lines captured. */
export async function startFaultGateway(
  config: GatewayConfig,
  options: FaultGatewayOptions = {},
): Promise<FaultGateway> {
  const logs: string[] = []
  const gateway = await startGateway({
    ...(options.quotaStore ? { quotaStore: options.quotaStore } : {}),
    config,
    host: '127.0.0.1',
    port: 0,
    logger: createJsonLogger((line) => logs.push(line)),
  })
  return { url: gateway.url, gateway, logs, close: () => gateway.close() }
}

export interface CallOptions {
  model: string
  prompt?: string
  stream?: boolean
  /** Replaces the dialect's body. */
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  /** Abort the call past this (default 15 s): every wait in the suite is bounded. */
  timeoutMs?: number
}

export interface Answer {
  status: number
  headers: Headers
  text: string
  /** The stream's parts as the client dialect reads them ([] for a JSON answer). */
  parts: ChatStreamPart[]
  elapsedMs: number
}

/** One call as the client dialect's SDK makes it, read to the end. */
export async function call(
  url: string,
  client: InboundClient,
  options: CallOptions,
): Promise<Answer> {
  const started = performance.now()
  const body =
    options.body ??
    client.body({
      model: options.model,
      prompt: options.prompt ?? 'Hello',
      stream: options.stream ?? false,
    })
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000)
  const response = await fetch(`${url}${client.path(options.model)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: (typeof body === 'string' || body instanceof Uint8Array
      ? body
      : JSON.stringify(body)) as BodyInit,
    signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
  })
  const answer = await readGatewayAnswer(response, client.codec)
  return {
    ...answer,
    parts: response.ok ? answer.parts : [],
    elapsedMs: performance.now() - started,
  }
}

/**
 * The answer is an HTTP error of `kind` (or one of `kinds`) in the client dialect's own envelope:
 * its codec reads it back as that kind, and would have sent that status for it. Returns it.
 */
export function expectErrorAnswer(
  client: InboundClient,
  answer: Answer,
  kinds: ErrorKind | ErrorKind[],
): ChatError {
  const context = answer.text.slice(0, 500)
  expect(answer.status, context).toBeGreaterThanOrEqual(400)
  const error = client.codec.decodeError(
    answer.status,
    answer.text,
    Object.fromEntries(answer.headers),
  )
  expect([kinds].flat(), context).toContain(error.kind)
  const wire = client.codec.encodeError({ ...error, message: 'x' })
  expect(answer.status, context).toBe(wire.status)
  return error
}

/** A 200 stream that ended with the client dialect's in-stream error, never its terminator. */
export function expectStreamError(answer: Answer): ChatError {
  expect(answer.status, answer.text.slice(0, 500)).toBe(200)
  const last = answer.parts.at(-1)
  expect(last?.type, answer.text.slice(-500)).toBe('error')
  // The terminator as an event of its own (an error message may name it: "ended without [DONE]").
  expect(answer.text).not.toMatch(/^data: ?\[DONE\]/m)
  return (last as { type: 'error'; error: ChatError }).error
}

/** The last request reached `upstream` and the gateway hung up on it before its end. */
export async function expectUpstreamCut(upstream: FaultUpstream): Promise<void> {
  const request = upstream.requests.at(-1)
  expect(request, 'the upstream was never called').toBeDefined()
  expect(await waitFor(() => request?.closed === true)).toBe(true)
  expect(request?.aborted, `gateway read ${request?.bytesSent} bytes to the end`).toBe(true)
}

/** `/healthz` answers 200 within a second. */
export async function expectHealthy(url: string): Promise<void> {
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })
  expect(response.status).toBe(200)
  await response.text()
}

/** Every log line is shorter than `bytes` and none contains any of `secrets`. */
export function expectLogsBounded(logs: string[], bytes = 8192, secrets: string[] = []): void {
  for (const line of logs) {
    expect(line.length, line.slice(0, 300)).toBeLessThan(bytes)
    for (const secret of secrets) expect(line).not.toContain(secret)
  }
}

/** Runs `work` while sampling this process's RSS every 10 ms; the peak growth in bytes. */
export async function withRssPeak<T>(
  work: () => Promise<T>,
): Promise<{ result: T; growth: number }> {
  const baseline = process.memoryUsage.rss()
  let peak = baseline
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10)
  try {
    const result = await work()
    peak = Math.max(peak, process.memoryUsage.rss())
    return { result, growth: peak - baseline }
  } finally {
    clearInterval(timer)
  }
}

const TRACKED = ['Timeout', 'TCPSocketWrap', 'TCPServerWrap'] as const
export type ResourceCounts = Record<(typeof TRACKED)[number], number>

/**
 * Timers, sockets and servers alive in this process now. With `upstream`, its sockets that idle
 * in the gateway's keep-alive pool (no request on them) are not counted: the pool closes them
 * on its own idle timeout, and no request left them behind.
 */
export function countResources(upstream?: FaultUpstream): ResourceCounts {
  const counts: ResourceCounts = { Timeout: 0, TCPSocketWrap: 0, TCPServerWrap: 0 }
  for (const name of process.getActiveResourcesInfo()) {
    if (name in counts) counts[name as keyof ResourceCounts]++
  }
  counts.TCPSocketWrap -= upstream?.connections.idle ?? 0
  return counts
}

/** Polls (≤ 2 s) until no tracked resource count is above `baseline`, then checks it. */
export async function expectNothingLeft(
  baseline: ResourceCounts,
  upstream?: FaultUpstream,
): Promise<void> {
  const over = () => {
    const now = countResources(upstream)
    return TRACKED.filter((name) => now[name] > baseline[name]).map(
      (name) => `${name}: ${baseline[name]} before, ${now[name]} after`,
    )
  }
  await waitFor(() => over().length === 0, 2000)
  expect(over()).toEqual([])
}

export interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

export interface RawRequestOptions {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer | undefined
  timeoutMs?: number
}

/**
 * One request over node:http with exactly these headers (`Host`, `Origin` included, which
 * fetch would not let a test set) on a fresh connection that is closed afterwards.
 */
export function rawRequest(url: string, options: RawRequestOptions): Promise<RawAnswer> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { connection: 'close', ...options.headers },
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A raw answer as the `Answer` the dialect helpers read. */
export function fromRaw(raw: RawAnswer): Answer {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return { status: raw.status, headers, text: raw.text, parts: [], elapsedMs: 0 }
}

export interface OpenedRawRequest {
  /** The request: `destroy()` it to leave like a client that went away. */
  req: ClientRequest
  /** Resolves with the response head (never rejects: `undefined` when the request failed). */
  response: Promise<IncomingMessage | undefined>
}

/**
 * Starts a request over node:http on its own connection, writing `body` (all, or only the first
 * `sendBytes` of it with the full `content-length` declared) and leaving the rest to the test.
 */
export function openRawRequest(
  url: string,
  options: RawRequestOptions & { sendBytes?: number },
): OpenedRawRequest {
  const target = new URL(url)
  const body = Buffer.from(options.body ?? '')
  const req = httpRequest({
    host: target.hostname,
    port: target.port,
    method: options.method ?? 'POST',
    path: options.path,
    headers: {
      connection: 'close',
      'content-length': String(body.byteLength),
      ...options.headers,
    },
    agent: false,
  })
  const response = new Promise<IncomingMessage | undefined>((resolve) => {
    req.once('response', resolve)
    req.once('error', () => resolve(undefined))
    req.once('close', () => resolve(undefined))
  })
  if (options.sendBytes === undefined) req.end(body)
  else req.write(body.subarray(0, options.sendBytes))
  return { req, response }
}
