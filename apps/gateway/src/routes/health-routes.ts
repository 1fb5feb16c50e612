import { Hono } from 'hono'

/** `GET /healthz`: the process is up and serving. */
export function healthRoutes(): Hono {
  const app = new Hono()
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  return app
}
