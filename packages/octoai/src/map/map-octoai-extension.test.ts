import { describe, expect, it } from 'vitest'
import type { OctoAIChatRequest } from '../schema/octoai-chat-request'
import type { OctoAIExtension } from '../schema/octoai-extension'
import { decodeOctoAIExtension, encodeOctoAIExtension } from './map-octoai-extension'

type Fields = Pick<OctoAIChatRequest, 'peft' | 'ignore_eos' | 'log_prompt' | 'loglikelihood'>

describe('the OctoAI extension', () => {
  it.each<[Fields, OctoAIExtension | undefined]>([
    [{}, undefined],
    [{ peft: 'lora-1' }, { peft: 'lora-1' }],
    [{ peft: null }, { peft: null }],
    [
      { ignore_eos: true, log_prompt: false, loglikelihood: true },
      { ignoreEos: true, logPrompt: false, loglikelihood: true },
    ],
  ])('%j ⇄ %j', (wire, extension) => {
    expect(decodeOctoAIExtension(wire)).toEqual(extension)
    const body: Fields = {}
    encodeOctoAIExtension(extension, body)
    expect(body).toEqual(wire)
  })
})
