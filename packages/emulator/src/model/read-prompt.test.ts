import type { ChatRequest } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { readPrompt } from './read-prompt'

describe('readPrompt', () => {
  it('reads the last user message, joining its text parts, and counts words in all messages', () => {
    const request: ChatRequest = {
      model: 'm',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'first question' },
        { role: 'assistant', content: null, toolCalls: [] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'second ' },
            { type: 'image', url: 'https://example.com/cat.png' },
            { type: 'text', text: 'question here' },
          ],
        },
        { role: 'tool', toolCallId: 'call_1', content: 'sunny' },
      ],
    }
    expect(readPrompt(request)).toEqual({ text: 'second question here', index: 3, tokens: 8 })
  })

  it('has no prompt without a user message', () => {
    expect(readPrompt({ model: 'm', messages: [{ role: 'system', content: 'x y' }] })).toEqual({
      text: '',
      index: -1,
      tokens: 2,
    })
  })
})
