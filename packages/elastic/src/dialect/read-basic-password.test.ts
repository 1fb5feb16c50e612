import { describe, expect, it } from 'vitest'
import { readBasicPassword } from './read-basic-password'

const basic = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)))

describe('readBasicPassword', () => {
  it.each([
    ['user and password', basic('elastic:changeme'), 'changeme'],
    ['a password holding colons', basic('elastic:a:b:c'), 'a:b:c'],
    ['an empty user', basic(':secret'), 'secret'],
    ['a UTF-8 password', basic('elastic:pässwörd✓'), 'pässwörd✓'],
    ['no padding', basic('elastic:ab').replace(/=+$/, ''), 'ab'],
    // Regression: `Buffer.from(…, 'base64')` skipped what is not base64 and compared the rest.
    ['not base64', 'not base64!', undefined],
    // ES's UsernamePasswordToken refuses a value without a colon; the emulator accepted it.
    ['no colon', basic('changeme'), undefined],
  ])('%s', (_name, credentials, password) => {
    expect(readBasicPassword(credentials)).toBe(password)
  })
})
