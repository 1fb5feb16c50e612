import { Hono } from 'hono'
import type { Lifecycle } from '../http/create-lifecycle'

/** Names the process that answered, so an operator (and a test) can tell workers apart. */
const WORKER_HEADER = { 'x-chatwire-worker': String(globalThis.process?.pid ?? 0) }

/**
 * `GET /healthz`: the process is up (liveness). `GET /readyz`: it takes traffic — 503 while
 * starting or draining (readiness), so a load balancer sends new requests elsewhere.
 */
export function healthRoutes(lifecycle: Lifecycle): Hono {
  const app = new Hono()
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, WORKER_HEADER))
  app.get('/readyz', (c) => {
    const { phase } = lifecycle
    return c.json({ status: phase }, phase === 'ready' ? 200 : 503, WORKER_HEADER)
  })
  return app
}
