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
  return assertGatewayConfig(substituteEnv(parsed, env))
}

/** A config built in code gets the same checks as a file (no `${ENV}` substitution). */
export function assertGatewayConfig(config: unknown): GatewayConfig {
  const checked = assertValid(configValidator, config, { subject: 'config' })
  checkConfigReferences(checked)
  return checked
}
