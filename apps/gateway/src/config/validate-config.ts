import {
  ChatwireError,
  compileSchema,
  createDialectRegistry,
  type Dialect,
  type DialectRegistry,
} from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import type { TSchema } from '@sinclair/typebox'
import { checkConfigReferences } from './check-config-references'
import { createGatewayConfigSchema } from './create-gateway-config-schema'
import type { GatewayConfig } from './gateway-config'
import { type ConfigProblem, listSchemaProblems } from './list-schema-problems'
import { substituteEnv } from './substitute-env'

interface ConfigChecker {
  registry: DialectRegistry
  schema: TSchema
  validator: ReturnType<typeof compileSchema>
}

/** One compiled schema per dialect list (the default one compiled once, on first use). */
const checkers = new WeakMap<readonly Dialect[], ConfigChecker>()

function checkerFor(dialects: readonly Dialect[]): ConfigChecker {
  let checker = checkers.get(dialects)
  if (!checker) {
    const registry = createDialectRegistry(dialects)
    const schema = createGatewayConfigSchema(registry)
    checker = { registry, schema, validator: compileSchema(schema) }
    checkers.set(dialects, checker)
  }
  return checker
}

/**
 * Parsed config → substituted, schema-checked, cross-checked against the dialects it will run
 * with (default: the default dialects). Throws one error listing every problem, each with its
 * path (one line each).
 */
export function validateConfig(
  parsed: unknown,
  env: Record<string, string | undefined> = process.env,
  dialects: readonly Dialect[] = defaultDialects,
): GatewayConfig {
  const problems: ConfigProblem[] = []
  const substituted = substituteEnv(parsed, env, '', problems)
  return checkGatewayConfig(substituted, problems, dialects)
}

/** A config built in code gets the same checks as a file (no `${ENV}` substitution). */
export function assertGatewayConfig(
  config: unknown,
  dialects: readonly Dialect[] = defaultDialects,
): GatewayConfig {
  return checkGatewayConfig(config, [], dialects)
}

function checkGatewayConfig(
  config: unknown,
  problems: ConfigProblem[],
  dialects: readonly Dialect[],
): GatewayConfig {
  const { registry, schema, validator } = checkerFor(dialects)
  if (validator.check(config))
    problems.push(...checkConfigReferences(config as GatewayConfig, registry))
  else problems.push(...listSchemaProblems(schema, config))
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
