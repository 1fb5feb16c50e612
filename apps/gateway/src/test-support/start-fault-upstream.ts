import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { ChatError, ChatStreamPart, Codec, Usage } from '@chatwire/core'
import { statusFromKind } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { createFriendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { openaiCodec } from '@chatwire/openai'
import { formatSseEvent } from '@chatwire/sse'
import type { Dialect } from './vendor-dialects'

/**
 * Where each dialect lives on the fault upstream: one server speaks all four, told apart by the
 * first path segment (OpenAI and OctoAI share `/v1/chat/completions` otherwise).
 */
export const FAULT_BASE_PATH: Record<Dialect, string> = {
  openai: '/openai/v1',
  octoai: '/octoai/v1',
  friendli: '/friendli/serverless/v1',
  elastic: '/elastic',
}

/** The vendor side of each dialect: what a real upstream of that dialect would send. */
export const UPSTREAM_CODECS: Record<Dialect, Codec> = {
  openai: openaiCodec,
  octoai: octoaiCodec,
  friendli: createFriendliCodec({ product: 'serverless' }),
  elastic: elasticCodec,
}

/** What the fault upstream saw of one request, and how it ended. */
export interface FaultRequest {
  index: number
  dialect: Dialect
  path: string
  headers: IncomingHttpHeaders
  /** The body text, only its first {@link KEPT_BODY_BYTES} bytes. */
  body: string
  bodyBytes: number
  /** The last user message's text ('' when the body was too large to parse). */
  prompt: string
  /** The gateway asked for a stream (Elastic: always). */
  stream: boolean
  /** `performance.now()` when the request head arrived. */
  at: number
  /** `performance.now()` when the exchange closed (answered or cut). */
  closedAt: number | undefined
  /** The exchange closed (either way). */
  closed: boolean
  /** The gateway closed the connection before the answer was complete. */
  aborted: boolean
  /** Bytes of answer body written to the socket (before compression). */
  bytesSent: number
}

/** One request's scripted behaviour: write (or withhold) the answer on `res`. */
export type FaultHandler = (request: FaultRequest, res: ServerResponse) => void | Promise<void>

export interface FaultUpstream {
  /** `http://127.0.0.1:port`. */
  url: string
  /** The `baseURL` to configure for an upstream of `dialect`. */
  baseURL(dialect: Dialect): string
  requests: FaultRequest[]
  /**
   * Sockets: open now, ever opened, ever closed, when each was opened (`performance.now()`), and
   * how many open ones carry no request now (idle in the gateway's keep-alive pool: they close on
   * the pool's own idle timeout and are not left behind by any request).
   */
  connections: { open: number; opened: number; closed: number; openedAt: number[]; idle: number }
  /** The default behaviour for every next request. */
  reply(handler: FaultHandler): void
  /** A request whose body contains `marker` gets `handler` (first registered rule wins). */
  when(marker: string, handler: FaultHandler): void
  /** Forget requests and rules; the default becomes {@link answerText}('ok'). */
  reset(): void
  close(): Promise<void>
}

const KEPT_BODY_BYTES = 1024 * 1024

export interface FaultUpstreamOptions {
  /** Keep connections alive between answers (default false: `Connection: close`, so that the open count is exact). */
  keepAlive?: boolean
}

/**
 * A node:http server on 127.0.0.1:0 speaking every upstream dialect's framing, whose answer to
 * each request is chosen by the test. It counts requests, open connections and closes, and
 * records when each request arrived and whether the gateway cut it.
 */
export async function startFaultUpstream(
  options: FaultUpstreamOptions = {},
): Promise<FaultUpstream> {
  const requests: FaultRequest[] = []
  const connections = { open: 0, opened: 0, closed: 0, openedAt: [] as number[], idle: 0 }
  let fallback: FaultHandler = answerText('ok')
  let rules: Array<{ marker: string; handler: FaultHandler }> = []
  const busy = new WeakSet<Socket>()
  const server = createServer(async (req, res) => {
    const dialect = dialectOf(req.url ?? '/')
    const record: FaultRequest = {
      index: requests.length,
      dialect,
      path: req.url ?? '/',
      headers: req.headers,
      body: '',
      bodyBytes: 0,
      prompt: '',
      stream: dialect === 'elastic',
      at: performance.now(),
      closedAt: undefined,
      closed: false,
      aborted: false,
      bytesSent: 0,
    }
    requests.push(record)
    // The socket is busy until this exchange is over.
    const socket = req.socket
    if (!busy.has(socket)) connections.idle--
    busy.add(socket)
    res.once('close', () => {
      busy.delete(socket)
      if (!socket.destroyed) connections.idle++
    })
    if (!options.keepAlive) res.setHeader('connection', 'close')
    res.on('close', () => {
      record.closed = true
      record.closedAt = performance.now()
      record.aborted = !res.writableFinished
    })
    countWrites(res, record)
    const kept: Buffer[] = []
    let keptBytes = 0
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        record.bodyBytes += chunk.byteLength
        if (keptBytes < KEPT_BODY_BYTES) {
          kept.push(chunk)
          keptBytes += chunk.byteLength
        }
      }
    } catch {
      return
    }
    record.body = Buffer.concat(kept).subarray(0, KEPT_BODY_BYTES).toString('utf8')
    readBody(record)
    const handler = rules.find((rule) => record.body.includes(rule.marker))?.handler ?? fallback
    try {
      await handler(record, res)
    } catch {
      res.destroy()
    }
  })
  server.on('connection', (socket) => {
    connections.open++
    connections.opened++
    connections.openedAt.push(performance.now())
    connections.idle++
    socket.on('close', () => {
      connections.open--
      connections.closed++
      if (!busy.has(socket)) connections.idle--
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    baseURL: (dialect) => `${url}${FAULT_BASE_PATH[dialect]}`,
    requests,
    connections,
    reply(handler) {
      fallback = handler
    },
    when(marker, handler) {
      rules.push({ marker, handler })
    },
    reset() {
      requests.length = 0
      rules = []
      fallback = answerText('ok')
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function dialectOf(path: string): Dialect {
  const first = path.split('/')[1]
  return first === 'openai' || first === 'octoai' || first === 'friendli' ? first : 'elastic'
}

function readBody(record: FaultRequest): void {
  if (record.bodyBytes > KEPT_BODY_BYTES) return
  try {
    const body = JSON.parse(record.body) as {
      stream?: boolean
      messages?: Array<{ role?: string; content?: unknown }>
    }
    if (body.stream === true) record.stream = true
    const user = [...(body.messages ?? [])].reverse().find((message) => message.role === 'user')
    if (typeof user?.content === 'string') record.prompt = user.content
  } catch {
    // Not JSON: the handler reads `body` itself.
  }
}

function countWrites(res: ServerResponse, record: FaultRequest): void {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    record.bytesSent += byteLength(chunk)
    return write(chunk, ...rest)
  }) as ServerResponse['write']
}

function byteLength(chunk: unknown): number {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk)
  return chunk instanceof Uint8Array ? chunk.byteLength : 0
}

// ── Answers ─────────────────────────────────────────────────────────────────────────────────

/** The head an answering upstream of this dialect sends for a stream. */
export function streamHeaders(dialect: Dialect): Record<string, string> {
  return dialect === 'elastic'
    ? { 'content-type': 'text/event-stream', 'x-elastic-product': 'Elasticsearch' }
    : { 'content-type': 'text/event-stream' }
}

/** A canonical answer's chunks: role, the text, finish reason, then done. */
export function textParts(text: string): ChatStreamPart[] {
  const chunk = (delta: object, finish?: boolean) =>
    ({
      type: 'chunk',
      id: 'chatcmpl-fault',
      model: 'fault-model',
      created: 1_700_000_000,
      choices: [
        { index: 0, delta, ...(finish ? { finishReason: { unified: 'stop', raw: 'stop' } } : {}) },
      ],
    }) as ChatStreamPart
  return [
    chunk({ role: 'assistant', content: '' }),
    chunk({ content: text }),
    chunk({}, true),
    { type: 'done' },
  ]
}

/**
 * SSE text for `parts` in the dialect's own framing (Elastic: BOM + `event: message`); without a
 * terminal part, the beginning of a stream that goes on.
 */
export function sseText(dialect: Dialect, parts: ChatStreamPart[]): string {
  const codec = UPSTREAM_CODECS[dialect]
  let out = ''
  const encoder = codec.createStreamEncoder((event) => {
    out += formatSseEvent(event, codec.framing)
  })
  for (const part of parts) encoder.push(part)
  const last = parts.at(-1)?.type
  if (last === 'done' || last === 'error') encoder.end()
  return out
}

/**
 * A normal answer with `text`: JSON reporting `usage`, or an SSE stream when the gateway asked
 * for one.
 */
export function answerText(
  text: string,
  usage: Usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 },
): FaultHandler {
  return (request, res) => {
    if (request.stream) {
      res.writeHead(200, streamHeaders(request.dialect))
      res.end(sseText(request.dialect, textParts(text)))
      return
    }
    const codec = UPSTREAM_CODECS[request.dialect]
    const { body } = codec.encodeResponse({
      id: 'chatcmpl-fault',
      model: 'fault-model',
      created: 1_700_000_000,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text },
          finishReason: { unified: 'stop', raw: 'stop' },
        },
      ],
      usage,
    })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
}

/** A vendor error in the dialect's own envelope (Elastic: ES's SSE `event: error`, or JSON for 401). */
export function answerError(
  error: Partial<ChatError> & Pick<ChatError, 'kind' | 'message'>,
  headers: Record<string, string> = {},
): FaultHandler {
  return (request, res) => {
    const encoded = UPSTREAM_CODECS[request.dialect].encodeError({
      status: statusFromKind(error.kind),
      ...error,
    })
    res.writeHead(encoded.status, { ...encoded.headers, ...headers })
    res.end(encoded.body)
  }
}

/** Exactly these bytes, with this status and head. */
export function answerRaw(
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): FaultHandler {
  return (_request, res) => {
    res.writeHead(status, headers)
    res.end(body)
  }
}

export interface StreamedBodyOptions {
  gzip?: boolean
}

/**
 * A body written from `chunks` (lazily, with backpressure) until they run out or the gateway
 * hangs up; gzip-compressed on the fly when asked (the generator's bytes are never all held).
 */
export function answerStreamed(
  status: number,
  headers: Record<string, string>,
  chunks: () => Iterable<string | Buffer> | AsyncIterable<string | Buffer>,
  options: StreamedBodyOptions = {},
): FaultHandler {
  return async (_request, res) => {
    res.writeHead(status, options.gzip ? { ...headers, 'content-encoding': 'gzip' } : headers)
    const source = Readable.from(chunks(), { objectMode: false })
    const stages = options.gzip ? [source, createGzip({ level: 9 }), res] : [source, res]
    await (pipeline as (...streams: unknown[]) => Promise<void>)(...stages).catch(() => {
      res.destroy()
    })
  }
}

/** `count` copies of `chunk` between `prefix` and `suffix`: a huge body from one small buffer. */
export function* repeatChunks(
  prefix: string,
  chunk: Buffer,
  count: number,
  suffix = '',
): Generator<Buffer> {
  yield Buffer.from(prefix)
  for (let index = 0; index < count; index++) yield chunk
  if (suffix) yield Buffer.from(suffix)
}

/** `bytes` of the character `fill`, as one reusable buffer. */
export function filled(bytes: number, fill = 'a'): Buffer {
  return Buffer.alloc(bytes, fill)
}

/** Never sends a head; resolves when the gateway hangs up. */
export function answerNever(): FaultHandler {
  return async (_request, res) => {
    if (!res.closed) await once(res, 'close')
  }
}

/** A stream head, `first` (if any), then only `: keep-alive` comments every `everyMs` until cut. */
export function answerComments(everyMs: number, first = ''): FaultHandler {
  return (request, res) => writeEvery(res, request, everyMs, first, () => ': keep-alive\n\n')
}

/** A stream head, then `text` one byte every `everyMs`, over and over, until cut. */
export function answerTrickle(text: string, everyMs: number): FaultHandler {
  let position = 0
  return (request, res) =>
    writeEvery(res, request, everyMs, '', () => {
      const byte = text[position % text.length] as string
      position++
      return byte
    })
}

/** A stream head, `first`, then `next()` every `everyMs` until the gateway hangs up. */
export function answerEvery(
  everyMs: number,
  next: (index: number) => string,
  first = '',
): FaultHandler {
  return (request, res) => writeEvery(res, request, everyMs, first, next)
}

function writeEvery(
  res: ServerResponse,
  request: FaultRequest,
  everyMs: number,
  first: string,
  next: (index: number) => string,
): Promise<void> {
  res.writeHead(200, streamHeaders(request.dialect))
  res.flushHeaders()
  if (first) res.write(first)
  return new Promise((resolve) => {
    let index = 0
    const timer = setInterval(() => {
      if (res.destroyed) return
      res.write(next(index++))
    }, everyMs)
    res.once('close', () => {
      clearInterval(timer)
      resolve()
    })
  })
}

/** Waits until `predicate` holds (polling every 10 ms), at most `timeoutMs`; false if it never did. */
export async function waitFor(predicate: () => boolean, timeoutMs = 2000): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  while (!predicate()) {
    if (performance.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return true
}
