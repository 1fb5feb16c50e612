import { defaultDialects } from '@chatwire/dialects'
import { describe, expect, it } from 'vitest'
import { describeEmbeddedDefault } from './describe-embedded-default'

describe('describeEmbeddedDefault', () => {
  it('prints the banner the embedded default always printed, from the default dialects', () => {
    expect(describeEmbeddedDefault('http://127.0.0.1:8787', defaultDialects)).toEqual([
      'Serving the embedded default: emulated OpenAI, Elastic, OctoAI and Friendli upstreams.',
      'Models: gpt-4o-mini (OpenAI), elastic-chat (Elastic), octoai-llama, friendli-llama, ' +
        'friendli-tools-llama (Friendli built-in tools). Try:',
      `  curl http://127.0.0.1:8787/v1/chat/completions -H 'content-type: application/json' -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}'`,
    ])
  })

  it('names only the dialects it is given', () => {
    const [first] = defaultDialects
    expect(describeEmbeddedDefault('http://h', first ? [first] : [])[0]).toBe(
      'Serving the embedded default: emulated OpenAI upstreams.',
    )
  })
})
