import { assertValid, compileSchema } from '@chatwire/core'
import { checkConfigReferences } from './check-config-references'
import { GatewayConfig } from './gateway-config'
import { substituteEnv } from './substitute-env'

const configValidator = compileSchema(GatewayConfig)

/** Parsed config → substituted, schema-checked, cross-checked. Throws naming the path. */
export function validateConfig(
  parsed: unknown,
  env: Record<string, string | undefined> = process.env,
): GatewayConfig {
  const config = assertValid(configValidator, substituteEnv(parsed, env), { subject: 'config' })
  checkConfigReferences(config)
  return config
}
