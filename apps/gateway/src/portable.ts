// The gateway without its Node server: what a Workers, Deno or browser bundle imports. Nothing
// reachable from here imports a Node module (the workerd test checks the bundle).
export { createGateway, createGatewayApp, type Gateway, type GatewayOptions } from './app'
export type { GatewayConfig } from './config/gateway-config'
export { parseConfigText } from './config/parse-config-text'
export { validateConfig } from './config/validate-config'
export { createJsonLogger, type Logger, silentLogger } from './log/logger'
export { boundStoreCall } from './quota/bound-store-call'
export {
  type QuotaCharge,
  type QuotaStore,
  QuotaStoreUnavailable,
  type QuotaVerdict,
} from './quota/quota-store'
export {
  type BucketState,
  type BucketStates,
  settleCharges,
  takeCharges,
} from './quota/token-bucket'
