import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeOctoAIChatRequest } from '../request/decode-octoai-chat-request'
import { encodeOctoAIChatRequest } from '../request/encode-octoai-chat-request'

const base = { model: 'meta-llama-3.1-8b-instruct', messages: [{ role: 'user', content: 'Hi' }] }

describe('the OctoAI request field table', () => {
  it.each<[Record<string, unknown>, ChatRequest['extensions']]>([
    [{}, undefined],
    [{ peft: 'lora-1' }, { compatible: { peft: 'lora-1' } }],
    [{ peft: null }, { compatible: { peft: null } }],
    [
      { ignore_eos: true, log_prompt: false, loglikelihood: true },
      { compatible: { ignoreEos: true, logPrompt: false, loglikelihood: true } },
    ],
  ])('%j ⇄ extensions %j', (fields, extensions) => {
    const request = decodeOctoAIChatRequest({ ...base, ...fields })
    expect(request.extensions).toEqual(extensions)
    const { body, losses } = encodeOctoAIChatRequest(request)
    expect(losses).toEqual([])
    expect(body).toEqual({ ...base, ...fields })
  })

  it.each([
    ['max_tokens', 'maxTokens', 64],
    ['top_p', 'topP', 0.5],
    ['repetition_penalty', 'repetitionPenalty', 1.1],
    ['min_p', 'minP', 0.05],
    ['logit_bias', 'logitBias', { '50256': -100 }],
    ['top_logprobs', 'topLogprobs', 3],
    ['user', 'user', 'user-1'],
  ])('%s ⇄ %s', (wire, canonical, value) => {
    const request = decodeOctoAIChatRequest({ ...base, [wire]: value })
    expect(request).toEqual({ ...base, [canonical]: value })
    expect(encodeOctoAIChatRequest(request).body).toEqual({ ...base, [wire]: value })
  })
})
