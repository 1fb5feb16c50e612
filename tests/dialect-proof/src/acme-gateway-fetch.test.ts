import { afterAll, vi } from 'vitest'
import { describeAcmeLanes } from './describe-acme-lanes'

// The same lanes through the gateway's portable path (the Hono `fetch` app and `fetch`
// upstreams, as on other runtimes), as the gateway's own end-to-end suites run twice.
vi.stubEnv('CHATWIRE_ADAPTER', 'fetch')
afterAll(() => {
  vi.unstubAllEnvs()
})
describeAcmeLanes()
