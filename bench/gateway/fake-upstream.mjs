// Minimal fake LLM upstream for `pnpm bench:gateway`: node:http, keep-alive, precomputed buffers.
//
//   POST /v1/chat/completions                       OpenAI: JSON `chat.completion`, or (body
//                                                   `"stream":true`) SSE chunks + usage + [DONE]
//   POST /_inference/chat_completion/{id}/_stream   Elastic: always SSE, each event as
//                                                   BOM + `event: message\ndata: {bare chunk}\n\n`
//
// The request chooses the shape: `chunks=N` and `delay=MS` anywhere in the body (the bench puts
// them in the user prompt, which every target forwards unchanged). N content chunks are framed by
// a role chunk before and a finish chunk + a usage chunk (`choices: []`) + the terminator after,
// mirroring packages/openai/src/__fixtures__/openai-text.sse and
// packages/elastic/src/__fixtures__/elastic-text.sse byte for byte in shape.
// With delay 0 the whole answer is one write; with a delay the head is flushed at once and every
// event follows after `delay` ms. Prints `{"port":N}` on stdout once listening.
import http from 'node:http'
import { answerText, chunkText } from './answer-text.mjs'
import { serveBenchProcess } from './serve-bench-process.mjs'

const PORT = Number(process.argv[2] ?? 0)
const MAX_CHUNKS = 10_000
const MODEL = 'gpt-4o-mini'
const CREATED = 1694268190
const ID = 'chatcmpl-bench0000000000000000000001'
const FINGERPRINT = 'fp_44709d6fcb'
const PROMPT_TOKENS = 19
const BOM = '\uFEFF'

function openaiChunk(delta, finishReason) {
  return {
    id: ID,
    object: 'chat.completion.chunk',
    created: CREATED,
    model: MODEL,
    system_fingerprint: FINGERPRINT,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  }
}

function usage(n) {
  return { prompt_tokens: PROMPT_TOKENS, completion_tokens: n, total_tokens: PROMPT_TOKENS + n }
}

/** OpenAI SSE events (strings, each ending in a blank line) for n content chunks. */
function openaiEvents(n) {
  const data = [openaiChunk({ role: 'assistant', content: '' }, null)]
  for (let i = 0; i < n; i++) data.push(openaiChunk({ content: chunkText(i) }, null))
  data.push(openaiChunk({}, 'stop'))
  data.push({
    id: ID,
    object: 'chat.completion.chunk',
    created: CREATED,
    model: MODEL,
    system_fingerprint: FINGERPRINT,
    choices: [],
    usage: usage(n),
  })
  return [...data.map((d) => `data: ${JSON.stringify(d)}\n\n`), 'data: [DONE]\n\n']
}

/** Elastic SSE events: bare chunks as Elasticsearch 8.18 sends them, BOM before every event. */
function elasticEvents(n) {
  const chunk = (choices, extra) => ({
    id: ID,
    choices,
    model: MODEL,
    object: 'chat.completion.chunk',
    ...extra,
  })
  const data = [chunk([{ delta: { content: '', role: 'assistant' }, index: 0 }])]
  for (let i = 0; i < n; i++) data.push(chunk([{ delta: { content: chunkText(i) }, index: 0 }]))
  data.push(chunk([{ delta: {}, finish_reason: 'stop', index: 0 }]))
  data.push(chunk([], { usage: usage(n) }))
  return [...data, '[DONE]'].map(
    (d) => `${BOM}event: message\ndata: ${typeof d === 'string' ? d : JSON.stringify(d)}\n\n`,
  )
}

function openaiCompletion(n) {
  const content = answerText(n)
  return JSON.stringify({
    id: ID,
    object: 'chat.completion',
    created: CREATED,
    model: MODEL,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: usage(n),
    service_tier: 'default',
    system_fingerprint: FINGERPRINT,
  })
}

/** Per (kind, n): { events: Buffer[], whole: Buffer }. Built once, served many times. */
const cache = new Map()
function answer(kind, n) {
  const key = `${kind}:${n}`
  let built = cache.get(key)
  if (!built) {
    if (kind === 'json') {
      const whole = Buffer.from(openaiCompletion(n))
      built = { events: [whole], whole }
    } else {
      const events = (kind === 'elastic' ? elasticEvents(n) : openaiEvents(n)).map((e) =>
        Buffer.from(e),
      )
      built = { events, whole: Buffer.concat(events) }
    }
    cache.set(key, built)
  }
  return built
}

const SSE_HEAD = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' }
const ELASTIC_HEAD = { 'content-type': 'text/event-stream' }
const CHUNKS_RE = /chunks=(\d+)/
const DELAY_RE = /delay=(\d+)/
const STREAM_RE = /"stream"\s*:\s*true/
const OPENAI_PATH = '/v1/chat/completions'
const ELASTIC_PATH = /^\/_inference\/chat_completion\/[^/]+\/_stream(\?|$)/

function send(res, kind, body) {
  const chunks = Math.min(Number(CHUNKS_RE.exec(body)?.[1] ?? 1), MAX_CHUNKS)
  const delay = Math.min(Number(DELAY_RE.exec(body)?.[1] ?? 0), 10_000)
  const built = answer(kind, chunks)
  if (kind === 'json') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': built.whole.length })
    res.end(built.whole)
    return
  }
  res.writeHead(200, kind === 'elastic' ? ELASTIC_HEAD : SSE_HEAD)
  if (delay === 0) {
    res.end(built.whole)
    return
  }
  res.flushHeaders()
  let next = 0
  const timer = setInterval(() => {
    if (res.destroyed) {
      clearInterval(timer)
      return
    }
    res.write(built.events[next++])
    if (next === built.events.length) {
      clearInterval(timer)
      res.end()
    }
  }, delay)
  res.on('close', () => clearInterval(timer))
}

const server = http.createServer((req, res) => {
  const url = req.url ?? ''
  const kind =
    req.method !== 'POST'
      ? undefined
      : url === OPENAI_PATH || url.startsWith(`${OPENAI_PATH}?`)
        ? 'openai'
        : ELASTIC_PATH.test(url)
          ? 'elastic'
          : undefined
  if (!kind) {
    req.resume()
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end('{"error":{"message":"not found","type":"invalid_request_error"}}')
    return
  }
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (s) => {
    body += s
  })
  req.on('end', () => {
    send(res, kind === 'openai' && !STREAM_RE.test(body) ? 'json' : kind, body)
  })
})
serveBenchProcess(server, PORT)
