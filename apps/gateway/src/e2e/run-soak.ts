// The gateway as a child process for soak.test.ts and fault-routing.test.ts: its RSS and file
// descriptors are its own, and an event loop it blocks cannot stall the test that measures it.
// Config: JSON in CHATWIRE_CHILD_CONFIG. Prints one line `{"url":…}` on stdout once listening;
// logs (JSON lines) go to stderr; SIGTERM closes it.
import type { GatewayConfig } from '../config/gateway-config'
import { startGateway } from '../server/start-gateway'

const config = JSON.parse(process.env.CHATWIRE_CHILD_CONFIG ?? '') as GatewayConfig
const gateway = await startGateway({ config, host: '127.0.0.1', port: 0 })
process.stdout.write(`${JSON.stringify({ url: gateway.url, pid: process.pid })}\n`)
process.once('SIGTERM', () => {
  gateway.close().finally(() => process.exit(0))
})
