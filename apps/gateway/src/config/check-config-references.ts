import { ChatwireError } from '@chatwire/core'
import type { GatewayConfig } from './gateway-config'

/**
 * What the schema cannot say: base URLs parse, every route names existing upstreams, and no
 * value that becomes an HTTP header carries CR or LF (header injection; and `fetch` would
 * echo it in an error text).
 */
export function checkConfigReferences(config: GatewayConfig): void {
  for (const [name, upstream] of Object.entries(config.upstreams)) {
    if (!URL.canParse(upstream.baseURL)) {
      throw invalidConfig(`upstreams.${name}.baseURL`, `'${upstream.baseURL}' is not a URL`)
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
        throw invalidConfig(
          path,
          'contains a line break or NUL, which cannot be sent in an HTTP header',
        )
      }
    }
  }
  config.auth?.keys.forEach((key, index) => {
    if (/[\r\n\0]/.test(key))
      throw invalidConfig(`auth.keys[${index}]`, 'contains a line break or NUL')
  })
  config.routes.forEach((route, index) => {
    assertUpstream(config, route.upstream, `routes[${index}].upstream`)
    route.fallbacks?.forEach((name, fallback) => {
      assertUpstream(config, name, `routes[${index}].fallbacks[${fallback}]`)
    })
  })
}

function assertUpstream(config: GatewayConfig, name: string, path: string): void {
  if (Object.hasOwn(config.upstreams, name)) return
  const known = Object.keys(config.upstreams).join(', ')
  throw invalidConfig(path, `no upstream named '${name}' (known: ${known})`)
}

function invalidConfig(path: string, problem: string): ChatwireError {
  return new ChatwireError({
    kind: 'invalid_request',
    message: `'${path}': ${problem}`,
    param: path,
  })
}
