import {
  type GatewayConfig,
  type GatewayOptions,
  parseConfigText,
  validateConfig,
} from '@chatwire/gateway/portable'

type Dialects = NonNullable<GatewayOptions['dialects']>

/** Where the config text lives: a var (plain text or a JSON object in `wrangler.toml`). */
const CONFIG_BINDING = 'CHATWIRE_CONFIG'

/**
 * The gateway config from a Worker's bindings: `CHATWIRE_CONFIG` (JSON or YAML text, or an
 * object), with `${NAME}` replaced by the other text bindings (vars and secrets), checked as a
 * config file is. Throws one error listing every problem.
 */
export function readWorkerConfig(env: Record<string, unknown>, dialects?: Dialects): GatewayConfig {
  const source = env[CONFIG_BINDING]
  if (source === undefined || source === '') {
    throw new Error(
      `${CONFIG_BINDING} is not set: add it to [vars] in wrangler.toml (the gateway config as JSON)`,
    )
  }
  const parsed = typeof source === 'string' ? parseConfigText(source, CONFIG_BINDING) : source
  return validateConfig(parsed, textBindings(env), dialects)
}

/** The bindings that are text (vars, secrets): what `${NAME}` may name. */
export function textBindings(env: Record<string, unknown>): Record<string, string> {
  const texts: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === 'string' && name !== CONFIG_BINDING) texts[name] = value
  }
  return texts
}
