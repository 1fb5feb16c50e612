import type { ChatRequest, Loss } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { decodeOpenAICompatibleExtension } from './decode-openai-compatible-extension'
import {
  encodeOpenAICompatibleExtension,
  reportForeignCompatibleExtensions,
} from './encode-openai-compatible-extension'
import type { CompatibleFieldTable } from './openai-extension-fields'

const base: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'Hi' }] }
// A dialect that takes two of the shared knobs.
const TAKEN: CompatibleFieldTable = [
  ['min_tokens', 'minTokens'],
  ['peft', 'peft'],
]

describe('the compatible bag for a dialect that takes part of it', () => {
  it.each<[string, Record<string, unknown>, boolean, ChatRequest['extensions']]>([
    ['nothing set', { xtc_threshold: 0.1 }, false, undefined],
    [
      'its knobs',
      { min_tokens: 4, peft: 'lora' },
      false,
      { compatible: { minTokens: 4, peft: 'lora' } },
    ],
    ['null as not set', { min_tokens: null, peft: null }, false, undefined],
    ['null kept when asked', { peft: null }, true, { compatible: { peft: null } }],
  ])('decodes %s', (_name, body, keepNull, extensions) => {
    const request: ChatRequest = { ...base }
    decodeOpenAICompatibleExtension(body, TAKEN, request, keepNull)
    expect(request.extensions).toEqual(extensions)
  })

  it('writes back only its knobs, by wire name', () => {
    const body: Record<string, unknown> = {}
    const extensions = { compatible: { minTokens: 4, xtcThreshold: 0.1 } }
    encodeOpenAICompatibleExtension({ ...base, extensions }, TAKEN, body)
    expect(body).toEqual({ min_tokens: 4 })
  })

  it.each<[string, NonNullable<ChatRequest['extensions']>, Pick<Loss, 'path' | 'kind'>[]]>([
    ['its own knobs', { compatible: { minTokens: 4, peft: 'lora' } }, []],
    [
      'the knobs it lacks, with the bag’s kinds',
      { compatible: { minTokens: 4, xtcThreshold: 0.1, ignoreEos: true } },
      [
        { path: 'extensions.compatible.xtcThreshold', kind: 'hint' },
        { path: 'extensions.compatible.ignoreEos', kind: 'semantic' },
      ],
    ],
    [
      'other bags, but not its own',
      { own: { x: 1 }, vllm: { stopTokenIds: [1] } },
      [{ path: 'extensions.vllm.stopTokenIds', kind: 'semantic' }],
    ],
  ])('reports as losses %s', (_name, extensions, expected) => {
    const losses: Loss[] = []
    reportForeignCompatibleExtensions({ ...base, extensions }, 'own', TAKEN, 'Target', losses)
    expect(losses.map(({ path, kind }) => ({ path, kind }))).toEqual(expected)
  })
})
