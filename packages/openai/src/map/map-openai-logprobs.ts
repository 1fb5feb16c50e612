import {
  type Logprobs,
  malformedUpstream,
  readNullishUpstreamArray,
  readUpstreamArray,
  readUpstreamNumber,
  readUpstreamObject,
  readUpstreamString,
  type TokenLogprob,
} from '@chatwire/core'
import type { OpenAILogprobs, OpenAITokenLogprob } from '../schema/openai-logprobs'

type TopLogprob = NonNullable<TokenLogprob['topLogprobs']>[number]

function decodeBytes(value: unknown, path: string): number[] | null | undefined {
  if (value == null) return value as null | undefined
  const bytes = readUpstreamArray(value, path)
  for (const [index, byte] of bytes.entries()) {
    if (!Number.isInteger(byte)) throw malformedUpstream(`${path}[${index}]`, 'an integer')
  }
  return bytes as number[]
}

function decodeEntry(value: unknown, path: string): TopLogprob {
  const entry = readUpstreamObject(value, path)
  const result: TopLogprob = {
    token: readUpstreamString(entry.token, `${path}.token`),
    logprob: readUpstreamNumber(entry.logprob, `${path}.logprob`),
  }
  const bytes = decodeBytes(entry.bytes, `${path}.bytes`)
  if (bytes !== undefined) result.bytes = bytes
  return result
}

/**
 * One upstream token entry → canonical. `top_logprobs` is required by OpenAI, optional on
 * compatible servers: tolerated when absent.
 */
export function decodeOpenAITokenLogprob(value: unknown, path: string): TokenLogprob {
  const token: TokenLogprob = decodeEntry(value, path)
  const topPath = `${path}.top_logprobs`
  const top = readNullishUpstreamArray((value as { top_logprobs?: unknown }).top_logprobs, topPath)
  if (top) token.topLogprobs = top.map((entry, index) => decodeEntry(entry, `${topPath}[${index}]`))
  return token
}

function encodeToken(token: TokenLogprob): OpenAITokenLogprob {
  return {
    token: token.token,
    logprob: token.logprob,
    bytes: token.bytes ?? null,
    top_logprobs: (token.topLogprobs ?? []).map((top) => ({
      token: top.token,
      logprob: top.logprob,
      bytes: top.bytes ?? null,
    })),
  }
}

// Some OpenAI-compatible servers put `null` items in the list: dropped (§9.4).
function decodeList(value: unknown, path: string): TokenLogprob[] | null | undefined {
  if (value == null) return value as null | undefined
  const tokens: TokenLogprob[] = []
  for (const [index, item] of readUpstreamArray(value, path).entries()) {
    if (item !== null) tokens.push(decodeOpenAITokenLogprob(item, `${path}[${index}]`))
  }
  return tokens
}

/** An upstream choice's `logprobs` → canonical, checking every field it reads. */
export function decodeOpenAILogprobs(value: unknown, path = 'logprobs'): Logprobs {
  const logprobs = readUpstreamObject(value, path)
  const result: Logprobs = {}
  const content = decodeList(logprobs.content, `${path}.content`)
  if (content !== undefined) result.content = content
  const refusal = decodeList(logprobs.refusal, `${path}.refusal`)
  if (refusal !== undefined) result.refusal = refusal
  return result
}

export function encodeOpenAILogprobs(logprobs: Logprobs): OpenAILogprobs {
  return {
    content: logprobs.content ? logprobs.content.map(encodeToken) : null,
    refusal: logprobs.refusal ? logprobs.refusal.map(encodeToken) : null,
  }
}
