// `npm start` / `pnpm gateway`: builds the gateway when its bundle is missing or stale, then runs
// it in this process exactly as the installed `chatwire` command does (same flags).
import { ensureGatewayBuild } from './ensure-gateway-build.mjs'

ensureGatewayBuild()
await import('../apps/gateway/bin/chatwire.js')
