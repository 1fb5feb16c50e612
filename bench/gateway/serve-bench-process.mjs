// How every benchmark helper process serves: long keep-alive for the load generator, no request
// timeout, its port as one JSON line on stdout for the harness, and a clean exit on a signal.
export function serveBenchProcess(server, port) {
  server.keepAliveTimeout = 120_000
  server.headersTimeout = 130_000
  server.requestTimeout = 0
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0))
}
