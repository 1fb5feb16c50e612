import { waitUntil } from 'cloudflare:workers'
import { createWorkerFetch } from './create-worker-fetch'

export { QuotaBuckets } from './quota-buckets'

const fetch = createWorkerFetch({ waitUntil })

/** The Worker (`main` in wrangler.toml): the chatwire gateway as a `fetch` handler. */
export default {
  fetch: (request: Request, env: Record<string, unknown>) => fetch(request, env),
}
