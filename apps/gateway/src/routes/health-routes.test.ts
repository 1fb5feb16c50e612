import { describe, expect, it } from 'vitest'
import { createGatewayApp } from '../app'
import { createLifecycle, type LifecyclePhase } from '../http/create-lifecycle'
import { silentLogger } from '../log/logger'

const CONFIG = {
  upstreams: { a: { dialect: 'openai' as const, baseURL: 'http://127.0.0.1:1/v1' } },
  routes: [{ match: '*', upstream: 'a' }],
}

/** A lifecycle moved to `phase` the way the server moves it. */
function lifecycleAt(phase: LifecyclePhase) {
  const lifecycle = createLifecycle()
  if (phase !== 'starting') lifecycle.ready()
  if (phase === 'draining') lifecycle.startDrain()
  return lifecycle
}

describe('GET /readyz and /healthz', () => {
  it.each([
    ['starting', 503],
    ['ready', 200],
    ['draining', 503],
  ] as const)('%s: /readyz %i, /healthz 200, both naming the worker pid', async (phase, status) => {
    const app = createGatewayApp(CONFIG, { logger: silentLogger, lifecycle: lifecycleAt(phase) })
    const ready = await app.request('/readyz')
    expect(ready.status).toBe(status)
    expect(await ready.json()).toEqual({ status: phase })
    expect(ready.headers.get('x-chatwire-worker')).toBe(String(process.pid))
    const health = await app.request('/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    expect(health.headers.get('x-chatwire-worker')).toBe(String(process.pid))
  })

  it('is ready at once in a portable app (nothing to start)', async () => {
    const app = createGatewayApp(CONFIG, { logger: silentLogger })
    expect((await app.request('/readyz')).status).toBe(200)
  })
})
