import { checkAuthConfig } from './check-auth-config'
import type { GatewayConfig } from './gateway-config'
import type { ConfigProblem } from './list-schema-problems'

/**
 * What the schema cannot say: base URLs parse, every route names existing upstreams, and no
 * value that becomes an HTTP header carries CR or LF (header injection; and `fetch` would
 * echo it in an error text). Returns every problem found.
 */
export function checkConfigReferences(config: GatewayConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const report = (path: string, problem: string) => problems.push({ path, problem })
  for (const [name, upstream] of Object.entries(config.upstreams)) {
    if (!URL.canParse(upstream.baseURL)) {
      report(`upstreams.${name}.baseURL`, `'${upstream.baseURL}' is not a URL`)
    }
    if (upstream.compatibleFields !== undefined && upstream.dialect !== 'openai') {
      report(
        `upstreams.${name}.compatibleFields`,
        `applies to openai upstreams only (this one is ${upstream.dialect}, whose codec knows its own fields)`,
      )
    }
    const headerValues: Array<[string, string | undefined]> = [
      [`upstreams.${name}.apiKey`, upstream.apiKey],
      [`upstreams.${name}.team`, upstream.team],
      [`upstreams.${name}.inferenceId`, upstream.inferenceId],
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
