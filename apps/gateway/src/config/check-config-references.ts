import type { DialectRegistry } from '@chatwire/core'
import { checkAuthConfig } from './check-auth-config'
import { listDialectOptions } from './create-gateway-config-schema'
import type { GatewayConfig } from './gateway-config'
import type { ConfigProblem } from './list-schema-problems'

/**
 * What the schema cannot say: base URLs parse, a dialect's own option is set only on its
 * upstreams (and passes the dialect's own check), every route names existing upstreams, and no
 * value that becomes an HTTP header or URL carries CR or LF (header injection; and `fetch`
 * would echo it in an error text). Returns every problem found.
 */
export function checkConfigReferences(
  config: GatewayConfig,
  registry: DialectRegistry,
): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const report = (path: string, problem: string) => problems.push({ path, problem })
  const owners = listDialectOptions(registry)
  for (const [name, upstream] of Object.entries(config.upstreams)) {
    if (!URL.canParse(upstream.baseURL)) {
      report(`upstreams.${name}.baseURL`, `'${upstream.baseURL}' is not a URL`)
    } else {
      const own = registry.get(upstream.dialect).upstream.check?.(upstream)
      if (own !== undefined) report(`upstreams.${name}`, own)
    }
    const optionValues: Array<[string, string | undefined]> = []
    for (const [key, dialects] of owners) {
      const value = upstream[key]
      if (value === undefined) continue
      if (typeof value === 'string') optionValues.push([`upstreams.${name}.${key}`, value])
      if (dialects.includes(upstream.dialect)) continue
      report(
        `upstreams.${name}.${key}`,
        `applies to ${dialects.join(' and ')} upstreams only (this one is ${upstream.dialect})`,
      )
    }
    const headerValues: Array<[string, string | undefined]> = [
      [`upstreams.${name}.apiKey`, upstream.apiKey],
      ...optionValues,
      [`upstreams.${name}.baseURL`, upstream.baseURL],
      ...Object.entries(upstream.headers ?? {}).flatMap(
        ([header, value]): Array<[string, string]> => [
          [`upstreams.${name}.headers.${header}`, value],
          [`upstreams.${name}.headers.${header}`, header],
        ],
      ),
    ]
    for (const [path, value] of headerValues) {
      if (value !== undefined && /[\r\n\0]/.test(value)) {
        report(path, 'contains a line break or NUL, which cannot be sent in an HTTP header')
      }
    }
  }
  problems.push(...checkAuthConfig(config.auth))
  const known = Object.keys(config.upstreams)
  const checkUpstream = (name: string, path: string) => {
    if (!Object.hasOwn(config.upstreams, name))
      report(path, `no upstream named '${name}' (known: ${known.join(', ')})`)
  }
  config.routes.forEach((route, index) => {
    checkUpstream(route.upstream, `routes[${index}].upstream`)
    route.fallbacks?.forEach((name, fallback) => {
      checkUpstream(name, `routes[${index}].fallbacks[${fallback}]`)
    })
  })
  return problems
}
