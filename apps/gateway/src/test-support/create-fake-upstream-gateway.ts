import { createGatewayApp } from '../app'
import type { GatewayConfig } from '../config/gateway-config'
import { silentLogger } from '../log/logger'
import { createFakeFetch, type Reply } from './fake-fetch'

/**
 * The gateway app over scripted upstream replies (`createFakeFetch`), for `app.request()` tests:
 * `fetch.calls` records what went upstream, `post(body, headers)` sends an OpenAI chat request.
 */
export function createFakeUpstreamGateway(config: GatewayConfig, replies: Reply[] = []) {
  const fetch = createFakeFetch(...replies)
  const app = createGatewayApp(config, { fetch, logger: silentLogger })
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  return { app, fetch, post }
}
