import { describe, expect, it } from 'vitest'
import { joinURL } from './join-url'

describe('joinURL', () => {
  it.each([
    [
      'https://api.openai.com/v1',
      '/chat/completions',
      'https://api.openai.com/v1/chat/completions',
    ],
    [
      'https://api.openai.com/v1//',
      '/chat/completions',
      'https://api.openai.com/v1/chat/completions',
    ],
    ['https://es:9200', '/_inference/x/_stream', 'https://es:9200/_inference/x/_stream'],
  ])('%s + %s', (baseURL, path, url) => {
    expect(joinURL(baseURL, path)).toBe(url)
  })
})
