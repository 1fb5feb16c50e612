import type { InboundDialects } from './create-inbound-dialects'
import type { InboundDialect } from './inbound-dialect'

export interface ChatPathMatch {
  inbound: InboundDialect
  params: Record<string, string>
}

interface PathTemplate {
  /** The literal part before the first parameter: a cheap test before the regex. */
  prefix: string
  pattern: RegExp
  names: string[]
  inbound: InboundDialect
}

const PARAM = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g

/**
 * The inbound dialect serving a POST to `path`, as the Hono routes would pick it: one map
 * lookup for a path without parameters, then the templates (`{param}`: one non-empty segment,
 * percent-decoded) in registration order, each behind a prefix test. Built once per app.
 */
export function createChatPathMatcher(inbound: InboundDialects) {
  const exact = new Map<string, ChatPathMatch>()
  const templates: PathTemplate[] = []
  for (const { path, inbound: served } of inbound.chatPaths) {
    if (!path.includes('{')) {
      if (!exact.has(path)) exact.set(path, { inbound: served, params: {} })
      continue
    }
    const names = [...path.matchAll(PARAM)].map((match) => match[1] as string)
    const source = path
      .split(PARAM)
      .map((part, index) => (index % 2 === 1 ? '([^/]+)' : escapeRegExp(part)))
      .join('')
    const prefix = path.slice(0, path.indexOf('{'))
    templates.push({ prefix, pattern: new RegExp(`^${source}$`), names, inbound: served })
  }
  return (path: string): ChatPathMatch | undefined => {
    const found = exact.get(path)
    if (found) return found
    for (let t = 0; t < templates.length; t++) {
      const template = templates[t] as PathTemplate
      if (!path.startsWith(template.prefix)) continue
      const values = template.pattern.exec(path)
      if (!values) continue
      const params: Record<string, string> = {}
      for (let n = 0; n < template.names.length; n++)
        params[template.names[n] as string] = decodePathSegment(values[n + 1] as string)
      return { inbound: template.inbound, params }
    }
    return undefined
  }
}

/** `{param}` paths in Hono's syntax (`:param`). */
export function toHonoPath(path: string): string {
  return path.replace(PARAM, ':$1')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
