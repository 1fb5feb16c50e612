import { describe, expect, it } from 'vitest'
import { moveURLCredentials } from './move-url-credentials'

describe('moveURLCredentials', () => {
  it('turns URL credentials into Basic auth and strips them from the URL', () => {
    const moved = moveURLCredentials({
      dialect: 'elastic',
      baseURL: 'http://elastic:p%40ss@127.0.0.1:9200',
    })
    expect(moved.baseURL).toBe('http://127.0.0.1:9200')
    expect(moved.headers?.authorization).toBe(`Basic ${btoa('elastic:p@ss')}`)
  })

  it('keeps an apiKey or an own authorization header over URL credentials', () => {
    const withKey = moveURLCredentials({
      dialect: 'elastic',
      baseURL: 'http://u:p@h:9200',
      apiKey: 'k',
    })
    expect(withKey.headers?.authorization).toBeUndefined()
    expect(withKey.baseURL).toBe('http://h:9200')
    const withHeader = moveURLCredentials({
      dialect: 'openai',
      baseURL: 'http://u:p@h/v1',
      headers: { Authorization: 'Bearer x' },
    })
    expect(withHeader.headers).toEqual({ Authorization: 'Bearer x' })
  })

  it('leaves a URL without credentials untouched', () => {
    const upstream = { dialect: 'openai' as const, baseURL: 'https://api.openai.com/v1' }
    expect(moveURLCredentials(upstream)).toBe(upstream)
  })
})
