// A bare pass-through proxy for `pnpm bench:gateway`: the cost of one extra HTTP hop and nothing
// else. node:http server → the same method, path and headers to the upstream over a keep-alive
// http.Agent → the status, headers and body back untouched (bodies piped both ways).
// Usage: node passthrough-proxy.mjs <upstreamPort> [port]. Prints `{"port":N}` once listening.
import http from 'node:http'
import { serveBenchProcess } from './serve-bench-process.mjs'

const UPSTREAM_PORT = Number(process.argv[2])
const PORT = Number(process.argv[3] ?? 0)
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY })
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host'])

function endToEnd(headers) {
  const out = {}
  for (const name in headers) if (!HOP_BY_HOP.has(name)) out[name] = headers[name]
  return out
}

const server = http.createServer((req, res) => {
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: UPSTREAM_PORT,
      method: req.method,
      path: req.url,
      headers: endToEnd(req.headers),
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers))
      res.flushHeaders() // the head goes out when it arrives, not with the first body bytes
      answer.pipe(res)
    },
  )
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' })
    res.end()
  })
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy()
  })
  req.pipe(upstream)
})
serveBenchProcess(server, PORT)
