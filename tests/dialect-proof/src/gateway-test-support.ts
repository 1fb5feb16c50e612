// The gateway's own matrix test-support (apps/gateway/src/test-support), run here against a
// gateway started with a dialect list that ends in acme. Test code of another workspace
// package: imported by path, as nothing publishes it.
export { describeDialectMatrix } from '../../../apps/gateway/src/test-support/describe-dialect-matrix'
export {
  INBOUND_CLIENTS,
  type InboundClient,
} from '../../../apps/gateway/src/test-support/inbound-clients'
export { type Matrix, startMatrix } from '../../../apps/gateway/src/test-support/start-matrix'
export { useEmulatedGateway } from '../../../apps/gateway/src/test-support/use-emulated-gateway'
