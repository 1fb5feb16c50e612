import type { Logprobs, TokenLogprob } from '@chatwire/core'
import type { OpenAILogprobs, OpenAITokenLogprob } from '../schema/openai-logprobs'

function decodeToken(token: OpenAITokenLogprob): TokenLogprob {
  const result: TokenLogprob = { token: token.token, logprob: token.logprob }
  if (token.bytes !== undefined) result.bytes = token.bytes
  // Required by OpenAI, optional on compatible servers (OctoAI): tolerated when absent.
  if (token.top_logprobs == null) return result
  result.topLogprobs = token.top_logprobs.map((top) => {
    const entry: { token: string; logprob: number; bytes?: number[] | null } = {
      token: top.token,
      logprob: top.logprob,
    }
    if (top.bytes !== undefined) entry.bytes = top.bytes
    return entry
  })
  return result
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

// Some OpenAI-compatible servers (OctoAI) put `null` items in the list: dropped (§9.4).
const decodeList = (list: (OpenAITokenLogprob | null)[] | null | undefined) =>
  list == null ? list : list.filter((item) => item !== null).map(decodeToken)

export function decodeOpenAILogprobs(logprobs: OpenAILogprobs): Logprobs {
  const result: Logprobs = {}
  const content = decodeList(logprobs.content)
  if (content !== undefined) result.content = content
  const refusal = decodeList(logprobs.refusal)
  if (refusal !== undefined) result.refusal = refusal
  return result
}

export function encodeOpenAILogprobs(logprobs: Logprobs): OpenAILogprobs {
  return {
    content: logprobs.content ? logprobs.content.map(encodeToken) : null,
    refusal: logprobs.refusal ? logprobs.refusal.map(encodeToken) : null,
  }
}
