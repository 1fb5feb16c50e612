import type { InboundDialects } from './create-inbound-dialects'
import type { InboundDialect } from './inbound-dialect'

type InboundName = keyof InboundDialects

/** Each dialect at its vendor-shaped path (DESIGN.md, "The gateway"). */
export const CHAT_PATHS: ReadonlyArray<readonly [string, InboundName]> = [
  ['/v1/chat/completions', 'openai'],
  ['/octoai/v1/chat/completions', 'octoai'],
  ['/friendli/serverless/v1/chat/completions', 'friendliServerless'],
  ['/friendli/dedicated/v1/chat/completions', 'friendliDedicated'],
  ['/friendli/serverless/tools/v1/chat/completions', 'friendliTools'],
]

/** Elastic's two stream paths, with `{inference_id}` (Hono's syntax). */
export const ELASTIC_CHAT_PATHS = [
  '/_inference/chat_completion/:inference_id/_stream',
  '/_inference/:inference_id/_stream',
] as const

const ELASTIC_PATH = /^\/_inference\/(?:chat_completion\/)?([^/]+)\/_stream$/

export interface ChatPathMatch {
  inbound: InboundDialect
  params: Record<string, string>
}

/** The inbound dialect serving a POST to `path`, as the Hono routes would pick it. */
export function createChatPathMatcher(inbound: InboundDialects) {
  const exact = new Map<string, ChatPathMatch>(
    CHAT_PATHS.map(([path, name]) => [path, { inbound: inbound[name], params: {} }]),
  )
  return (path: string): ChatPathMatch | undefined => {
    const found = exact.get(path)
    if (found) return found
    if (!path.startsWith('/_inference/')) return undefined
    const id = ELASTIC_PATH.exec(path)?.[1]
    if (id === undefined) return undefined
    return { inbound: inbound.elastic, params: { inference_id: decodePathSegment(id) } }
  }
}

/** The dialect whose envelope an error on `path` is written in (OpenAI's by default). */
export function inboundForPath(inbound: InboundDialects, path: string): InboundDialect {
  if (path.startsWith('/_inference/')) return inbound.elastic
  if (path.startsWith('/octoai/')) return inbound.octoai
  if (path.startsWith('/friendli/dedicated/')) return inbound.friendliDedicated
  if (path.startsWith('/friendli/serverless/tools/')) return inbound.friendliTools
  if (path.startsWith('/friendli/')) return inbound.friendliServerless
  return inbound.openai
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
