// Small node:http client for `pnpm bench:gateway`, run pinned next to wrk:
//   node probe-client.mjs check   '<json>'  → checks a target answers and streams correctly
//   node probe-client.mjs latency '<json>'  → TTFB / TTFT of sequential streams (concurrency 1)
// <json>: { port, path, headers, model, n?, chunks?, delay? }. Prints one JSON line.
// TTFB = the response head arrived; TTFT = the first event whose delta carries non-empty content.
import http from 'node:http'
import { answerText } from './answer-text.mjs'
import { requestBody } from './request-body.mjs'

const [mode, json] = process.argv.slice(2)
const target = JSON.parse(json)
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
const DEADLINE_MS = 30_000

/** One request; resolves { status, ttfbMs, ttftMs, text, contentEvents, done, raw }. */
function call(body, stream) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6
    const result = {
      status: 0,
      ttfbMs: 0,
      ttftMs: undefined,
      text: '',
      contentEvents: 0,
      done: false,
    }
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: target.path,
        agent,
        headers: { 'content-type': 'application/json', ...target.headers },
        timeout: DEADLINE_MS,
      },
      (res) => {
        result.ttfbMs = ms()
        result.status = res.statusCode
        res.setEncoding('utf8')
        let buffer = ''
        let raw = ''
        res.on('data', (text) => {
          if (!stream || result.status !== 200) {
            raw += text
            return
          }
          buffer += text
          let end = buffer.indexOf('\n\n')
          while (end !== -1) {
            onEvent(buffer.slice(0, end))
            buffer = buffer.slice(end + 2)
            end = buffer.indexOf('\n\n')
          }
        })
        res.on('end', () => {
          result.raw = raw
          if (!stream && result.status === 200) {
            try {
              result.text = JSON.parse(raw).choices?.[0]?.message?.content ?? ''
            } catch {}
          }
          resolve(result)
        })
        res.on('error', reject)
      },
    )
    function onEvent(event) {
      for (const line of event.split(/\r?\n/)) {
        if (!line.startsWith('data:')) continue
        const data = line.slice(5).trim()
        if (data === '[DONE]') {
          result.done = true
          continue
        }
        const content = JSON.parse(data).choices?.[0]?.delta?.content
        if (typeof content === 'string' && content !== '') {
          if (result.ttftMs === undefined) result.ttftMs = ms()
          result.contentEvents++
          result.text += content
        }
      }
    }
    req.on('timeout', () => req.destroy(new Error(`no answer in ${DEADLINE_MS} ms`)))
    req.on('error', reject)
    req.end(body)
  })
}

async function check() {
  const problems = []
  const plain = await call(requestBody({ model: target.model, chunks: 3, stream: false }), false)
  if (plain.status !== 200)
    problems.push(`non-stream: HTTP ${plain.status} ${plain.raw.slice(0, 300)}`)
  else if (plain.text !== answerText(3))
    problems.push(`non-stream: content ${JSON.stringify(plain.text)}`)
  const chunks = 20
  const streamed = await call(requestBody({ model: target.model, chunks, stream: true }), true)
  if (streamed.status !== 200)
    problems.push(`stream: HTTP ${streamed.status} ${streamed.raw.slice(0, 300)}`)
  else {
    if (streamed.text !== answerText(chunks))
      problems.push(`stream: content ${JSON.stringify(streamed.text)}`)
    if (streamed.contentEvents !== chunks)
      problems.push(`stream: ${streamed.contentEvents} content events, expected ${chunks}`)
    if (!streamed.done) problems.push('stream: no data: [DONE]')
  }
  return { ok: problems.length === 0, problems }
}

function quantile(sorted, q) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

async function latency() {
  const n = target.n ?? 30
  const body = requestBody({
    model: target.model,
    chunks: target.chunks ?? 5,
    delay: target.delay ?? 5,
    stream: true,
  })
  for (let i = 0; i < 3; i++) await call(body, true)
  const ttfb = []
  const ttft = []
  const stopAt = Date.now() + DEADLINE_MS
  for (let i = 0; i < n && Date.now() < stopAt; i++) {
    const r = await call(body, true)
    if (r.status !== 200 || r.ttftMs === undefined) throw new Error(`HTTP ${r.status}, no content`)
    ttfb.push(r.ttfbMs)
    ttft.push(r.ttftMs)
  }
  ttfb.sort((a, b) => a - b)
  ttft.sort((a, b) => a - b)
  return {
    requests: ttfb.length,
    ttfbMs: { p50: quantile(ttfb, 0.5), p90: quantile(ttfb, 0.9) },
    ttftMs: { p50: quantile(ttft, 0.5), p90: quantile(ttft, 0.9) },
  }
}

const run = mode === 'check' ? check : mode === 'latency' ? latency : undefined
if (!run) {
  console.error('usage: probe-client.mjs check|latency <json>')
  process.exit(2)
}
run().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`)
    agent.destroy()
  },
  (error) => {
    process.stdout.write(
      `${JSON.stringify({ ok: false, error: String(error?.message ?? error) })}\n`,
    )
    agent.destroy()
    process.exitCode = 1
  },
)
