import { describe, expect, it } from 'vitest'
import type { ChatRequest } from '../schema/chat-request'
import {
  decodeRequestFields,
  encodeRequestFields,
  type RequestFieldTable,
} from './map-request-fields'

const TABLE = [
  ['top_p', 'topP'],
  ['max_tokens', 'maxTokens'],
  ['user', 'user'],
] as const satisfies RequestFieldTable

const base = (): ChatRequest => ({ model: 'm', messages: [] })

describe('request field tables', () => {
  it.each<[string, Record<string, unknown>, Partial<ChatRequest>]>([
    ['no fields', { model: 'm' }, {}],
    ['renamed and same-named fields', { top_p: 0.5, user: 'u' }, { topP: 0.5, user: 'u' }],
    ['null is absent', { top_p: null, max_tokens: 9 }, { maxTokens: 9 }],
    ['zero is kept', { top_p: 0, max_tokens: 0 }, { topP: 0, maxTokens: 0 }],
    ['fields outside the table are left', { temperature: 1 }, {}],
  ])('decode: %s', (_name, body, fields) => {
    const request = base()
    decodeRequestFields(body, TABLE, request)
    expect(request).toEqual({ ...base(), ...fields })
  })

  it.each<[string, Partial<ChatRequest>, Record<string, unknown>]>([
    ['no fields', {}, {}],
    ['renamed and same-named fields', { topP: 0.5, user: 'u' }, { top_p: 0.5, user: 'u' }],
    ['zero is kept', { maxTokens: 0 }, { max_tokens: 0 }],
    ['fields outside the table are left', { temperature: 1 }, {}],
  ])('encode: %s', (_name, fields, wire) => {
    const body: Record<string, unknown> = { model: 'm' }
    encodeRequestFields({ ...base(), ...fields }, TABLE, body)
    expect(body).toEqual({ model: 'm', ...wire })
  })
})
