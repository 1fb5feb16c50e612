export { createGateway, createGatewayApp, type Gateway, type GatewayOptions } from './app'
export { createEmbeddedConfig, type EmulatorURLs } from './config/create-embedded-config'
export { createGatewayConfigSchema } from './config/create-gateway-config-schema'
export { Dialect, GatewayConfig, LossPolicy, Route, Upstream } from './config/gateway-config'
export { loadConfig } from './config/load-config'
export { validateConfig } from './config/validate-config'
export { createJsonLogger, type Logger, silentLogger } from './log/logger'
export {
  createRedisQuotaStore,
  type RedisQuotaStore,
  type RedisQuotaStoreOptions,
} from './quota/redis-quota-store'
export { type RunningGateway, type StartGatewayOptions, startGateway } from './server/start-gateway'
export type { FetchFunction } from './upstream/upstream-client'
