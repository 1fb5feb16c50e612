import { describe, expect, it } from 'vitest'
import { defineExtension, readExtension } from '../dialect/define-extension'
import type { ChatRequest } from '../schema/chat-request'
import * as Type from '../schema/json-type'
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
  const alpha = defineExtension({
    name: 'test-alpha',
    schema: Type.Object({
      adapter: Type.Optional(Type.String()),
      echo: Type.Optional(Type.Boolean()),
    }),
    losses: { adapter: 'semantic', echo: 'hint' },
  })
  const beta = defineExtension({
    name: 'test-beta',
    schema: Type.Object({ team: Type.Optional(Type.String()), knob: Type.Optional(Type.Number()) }),
    losses: { team: null, knob: 'hint' },
  })
  const request: ChatRequest = {
    ...base,
    extensions: {
      [alpha.name]: { adapter: 'a', echo: true },
      [beta.name]: { team: 't', knob: 0.1 },
      'test-undeclared': { anything: 1 },
    },
  }

  it('reports other bags’ fields with their declared kinds, never the own bag’s or context', () => {
    const losses: Loss[] = []
    reportForeignExtensions(request, [alpha.name, 'test-undeclared'], 'Alpha', losses)
    expect(losses).toEqual([
      {
        path: 'extensions.test-beta.knob',
        kind: 'hint',
        message: "Alpha has no equivalent of the test-beta field 'knob'",
      },
    ])
    expect(hasSemanticLoss(losses)).toBe(false)
  })

  it('classifies a declared semantic field as semantic', () => {
    const losses: Loss[] = []
    reportForeignExtensions(request, beta.name, 'Beta', losses)
    expect(losses.map((loss) => [loss.path, loss.kind])).toContainEqual([
      'extensions.test-alpha.adapter',
      'semantic',
    ])
    expect(hasSemanticLoss(losses)).toBe(true)
  })

  it('reports a bag no extension declares as hints, never silently', () => {
    const losses: Loss[] = []
    reportForeignExtensions(request, [alpha.name, beta.name], 'T', losses)
    expect(losses).toEqual([
      {
        path: 'extensions.test-undeclared.anything',
        kind: 'hint',
        message: "T has no equivalent of the test-undeclared field 'anything'",
      },
    ])
  })

  it('leaves out the foreign fields the target says it encodes itself', () => {
    const losses: Loss[] = []
    const says = (bag: string, key: string) => bag === alpha.name && key === 'adapter'
    reportForeignExtensions(request, [beta.name, 'test-undeclared'], 'T', losses, says)
    expect(losses.map((loss) => loss.path)).toEqual(['extensions.test-alpha.echo'])
  })

  it('reads a bag typed by its extension', () => {
    expect(readExtension(request, alpha)?.adapter).toBe('a')
    expect(readExtension(base, alpha)).toBeUndefined()
  })
})
