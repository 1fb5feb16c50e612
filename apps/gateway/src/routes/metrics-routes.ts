import { Hono } from 'hono'
import type { GatewayMetrics } from '../metrics/create-gateway-metrics'
import { METRICS_CONTENT_TYPE } from '../metrics/create-metric-registry'

/** `GET /metrics`: this instance's series in the Prometheus text format; no key, like /healthz. */
export function metricsRoutes(metrics: GatewayMetrics): Hono {
  const app = new Hono()
  app.get('/metrics', (c) =>
    c.body(metrics.render(), 200, { 'content-type': METRICS_CONTENT_TYPE }),
  )
  return app
}
