import { type ChatRequest, encodeRequestFields, type Loss, readExtension } from '@chatwire/core'
import { FRIENDLI_REQUEST_FIELDS } from '../map/friendli-request-fields'
import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import { friendliExtension } from '../schema/friendli-extension'
import { FRIENDLI_REASONING_EFFORTS } from '../schema/friendli-sampling-fields'

const EFFORTS: ReadonlySet<string> = new Set(FRIENDLI_REASONING_EFFORTS)

/** The shared knobs, canonical → Friendli names; `max_tokens` for any output limit (§9.5). */
export function encodeFriendliSampling(
  request: ChatRequest,
  streamOption: boolean | undefined,
  body: FriendliAnyChatRequest,
  losses: Loss[],
): void {
  encodeRequestFields(request, FRIENDLI_REQUEST_FIELDS, body)
  encodeSeed(request, body, losses)
  encodeReasoningEffort(request.reasoningEffort, body, losses)
  const stream = streamOption ?? request.stream
  set(body, 'stream', stream)
  encodeStreamOptions(request.streamOptions, stream === true, body, losses)
}

function encodeSeed(request: ChatRequest, body: FriendliAnyChatRequest, losses: Loss[]): void {
  const seeds = readExtension(request, friendliExtension)?.seeds
  if (seeds === undefined) {
    set(body, 'seed', request.seed)
    return
  }
  body.seed = seeds
  if (request.seed !== undefined) {
    losses.push({
      path: 'seed',
      kind: 'semantic',
      message: 'Friendli takes one seed or a seed list, not both',
    })
  }
}

function encodeReasoningEffort(
  effort: string | undefined,
  body: FriendliAnyChatRequest,
  losses: Loss[],
): void {
  if (effort === undefined) return
  if (EFFORTS.has(effort))
    body.reasoning_effort = effort as Exclude<FriendliAnyChatRequest['reasoning_effort'], undefined>
  else
    losses.push({
      path: 'reasoningEffort',
      kind: 'hint',
      message: `Friendli has no reasoning effort '${effort}'`,
    })
}

function encodeStreamOptions(
  options: ChatRequest['streamOptions'],
  streaming: boolean,
  body: FriendliAnyChatRequest,
  losses: Loss[],
): void {
  if (options === undefined) return
  const lose = (path: string, message: string) => {
    losses.push({ path, kind: 'hint', message })
  }
  // Friendli takes stream_options only with `stream: true` (reference §5.2).
  if (!streaming) {
    lose('streamOptions', "'stream_options' is only sent when streaming")
    return
  }
  body.stream_options =
    options.includeUsage === undefined ? {} : { include_usage: options.includeUsage }
  if (options.includeObfuscation !== undefined) {
    lose('streamOptions.includeObfuscation', 'Friendli has no stream obfuscation')
  }
}

function set<K extends keyof FriendliAnyChatRequest>(
  body: FriendliAnyChatRequest,
  key: K,
  value: FriendliAnyChatRequest[K] | undefined,
): void {
  if (value !== undefined) body[key] = value
}
