import { ChatwireError, compileSchema } from '@chatwire/core'
import { checkConfigReferences } from './check-config-references'
import { GatewayConfig } from './gateway-config'
import { type ConfigProblem, listSchemaProblems } from './list-schema-problems'
import { substituteEnv } from './substitute-env'

const configValidator = compileSchema(GatewayConfig)

/**
 * Parsed config → substituted, schema-checked, cross-checked. Throws one error listing every
 * problem, each with its path (one line each).
 */
export function validateConfig(
  parsed: unknown,
  env: Record<string, string | undefined> = process.env,
): GatewayConfig {
  const problems: ConfigProblem[] = []
  const substituted = substituteEnv(parsed, env, '', problems)
  return checkGatewayConfig(substituted, problems)
}

/** A config built in code gets the same checks as a file (no `${ENV}` substitution). */
export function assertGatewayConfig(config: unknown): GatewayConfig {
  return checkGatewayConfig(config, [])
}

function checkGatewayConfig(config: unknown, problems: ConfigProblem[]): GatewayConfig {
  if (configValidator.check(config)) problems.push(...checkConfigReferences(config))
  else problems.push(...listSchemaProblems(GatewayConfig, config))
  if (problems.length > 0) throw configError(problems)
  return config as GatewayConfig
}

/** One problem: `'path': problem`; several: a count, then one indented line each. */
function configError(problems: ConfigProblem[]): ChatwireError {
  const lines = problems.map(({ path, problem }) => (path ? `'${path}': ${problem}` : problem))
  return new ChatwireError({
    kind: 'invalid_request',
    message:
      lines.length === 1
        ? (lines[0] as string)
        : `${lines.length} problems:\n${lines.map((line) => `  ${line}`).join('\n')}`,
    ...(problems[0]?.path ? { param: problems[0].path } : {}),
  })
}
