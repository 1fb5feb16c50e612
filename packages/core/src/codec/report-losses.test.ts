import { describe, expect, it } from 'vitest'
import type { ChatRequest } from '../schema/chat-request'
import type { Loss } from '../schema/loss'
import { hasSemanticLoss, reportForeignExtensions, reportUnsupportedFields } from './report-losses'

const base: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }

describe('reportUnsupportedFields', () => {
  it.each([
    [{ topK: 5 }, 'topK', 'hint'],
    [{ user: 'u' }, 'user', 'hint'],
    [{ seed: 1 }, 'seed', 'semantic'],
    [{ n: 2 }, 'n', 'semantic'],
    [{ logprobs: true }, 'logprobs', 'semantic'],
    [{ responseFormat: { type: 'json_object' } }, 'responseFormat', 'semantic'],
  ] as const)('%j → %s %s', (extra, path, kind) => {
    const losses: Loss[] = []
    reportUnsupportedFields({ ...base, ...extra } as ChatRequest, new Set(), 'Target', losses)
    expect(losses).toEqual([{ path, kind, message: `Target has no equivalent of '${path}'` }])
  })
  it('says nothing for supported fields, n = 1 or a text response format', () => {
    const losses: Loss[] = []
    reportUnsupportedFields(
      { ...base, topK: 5, n: 1, responseFormat: { type: 'text' } },
      new Set(['topK']),
      'T',
      losses,
    )
    expect(losses).toEqual([])
  })
})

describe('reportForeignExtensions', () => {
  it('reports other dialects’ knobs, never the own dialect’s or request context', () => {
    const losses: Loss[] = []
    const request: ChatRequest = {
      ...base,
      extensions: {
        octoai: { peft: 'adapter', logPrompt: true },
        friendli: { team: 't', product: 'serverless', xtcThreshold: 0.1 },
        elastic: { inferenceId: 'x' },
      },
    }
    reportForeignExtensions(request, 'octoai', 'OctoAI', losses)
    expect(losses).toEqual([
      {
        path: 'extensions.friendli.xtcThreshold',
        kind: 'hint',
        message: "OctoAI has no equivalent of the friendli field 'xtcThreshold'",
      },
    ])
    expect(hasSemanticLoss(losses)).toBe(false)
    reportForeignExtensions(request, 'friendli', 'Friendli', losses)
    expect(losses.map((loss) => [loss.path, loss.kind])).toContainEqual([
      'extensions.octoai.peft',
      'semantic',
    ])
    expect(hasSemanticLoss(losses)).toBe(true)
  })
})
