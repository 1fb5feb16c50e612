import {
  createUpstreamHeaders,
  joinURL,
  Type,
  type UpstreamBinding,
  type UpstreamCall,
  type UpstreamSettings,
  type UpstreamTarget,
} from '@chatwire/core'
import { createOpenAICodec, openaiCodec } from '../openai-codec'

/** The upstream options only OpenAI reads (the gateway's config keys, unchanged). */
const OPENAI_UPSTREAM_OPTIONS = {
  compatibleFields: Type.Optional(
    Type.Union([Type.Literal('report'), Type.Literal('forward')], {
      default: 'report',
      description:
        'OpenAI only: what to do with the OpenAI-compatible extra fields a request carries ' +
        '(`top_k`, `min_p`, `repetition_penalty`, `chat_template_kwargs`, vLLM sampling ' +
        'parameters, …). `report` (default) leaves them out and lists them in ' +
        '`chatwire-dropped`, since api.openai.com refuses them; `forward` sends them, for ' +
        'OpenAI-compatible servers that take them (vLLM, LiteLLM, SGLang).',
    }),
  ),
}

const forwardingCodec = createOpenAICodec({ forwardCompatibleFields: true })

/**
 * `POST {baseURL}/chat/completions` with `Authorization: Bearer`, the body's `stream` flag
 * deciding the answer: OpenAI's HTTP conventions, which OpenAI-compatible dialects share.
 */
export function targetOpenAIUpstream(
  upstream: UpstreamSettings,
  _encoded: unknown,
  { stream }: UpstreamCall,
): UpstreamTarget {
  const headers = createUpstreamHeaders(upstream, stream)
  if (upstream.apiKey) headers.authorization = `Bearer ${upstream.apiKey}`
  return { url: joinURL(upstream.baseURL, '/chat/completions'), headers }
}

export const openaiUpstream: UpstreamBinding = {
  options: OPENAI_UPSTREAM_OPTIONS,
  answersWithoutStream: true,
  codec: (upstream) => (upstream.compatibleFields === 'forward' ? forwardingCodec : openaiCodec),
  target: targetOpenAIUpstream,
}
