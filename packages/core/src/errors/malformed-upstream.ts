import { ChatwireError } from './chatwire-error'

/**
 * The error for an upstream body that does not have the shape its dialect promises:
 * `upstream` (502), naming the wire path, e.g. `Upstream response is malformed at
 * choices[0].message.tool_calls[0]: expected an object`. `expected` reads after "expected".
 */
export function malformedUpstream(path: string, expected: string, raw?: unknown): ChatwireError {
  const where = path === '' ? '' : ` at ${path}`
  return new ChatwireError({
    kind: 'upstream',
    code: 'malformed_upstream_response',
    message: `Upstream response is malformed${where}: expected ${expected}`,
    ...(raw === undefined ? {} : { raw }),
  })
}
