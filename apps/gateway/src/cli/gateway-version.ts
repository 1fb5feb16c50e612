// Inlined by the bundler (tsup) and read by tsx from sources: the same version either way.
import packageJson from '../../package.json' with { type: 'json' }

/** `chatwire --version`: the version of `@chatwire/gateway`. */
export const GATEWAY_VERSION: string = packageJson.version
