import { ChatwireError } from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import { describeConfigError, describeListenError } from './describe-start-up-error'

/** The shape Node gives a failed listen or lookup (`net`, `dns`). */
function systemError(code: string, message = `${code}: failed`): Error {
  return Object.assign(new Error(message), { code, syscall: 'listen' })
}

describe('describeListenError', () => {
  // The codes that need privileges or DNS to provoke; EADDRINUSE and EADDRNOTAVAIL are provoked
  // for real in e2e/start-up-errors.test.ts and cli/run-cli.test.ts.
  it.each([
    [
      'ENOTFOUND',
      'Cannot listen on gw.invalid:80: the host name gw.invalid does not resolve (ENOTFOUND).',
    ],
    [
      'EAI_AGAIN',
      'Cannot listen on gw.invalid:80: the host name gw.invalid does not resolve (EAI_AGAIN).',
    ],
    [
      'EACCES',
      'Cannot listen on gw.invalid:80: permission denied (EACCES); ports below 1024 need privileges, pick another with --port.',
    ],
    ['EMFILE', 'Cannot start the gateway on gw.invalid:80: EMFILE: failed (EMFILE)'],
  ])('%s', (code, line) => {
    expect(describeListenError(systemError(code), 'gw.invalid', 80)).toBe(line)
  })

  it('keeps only the first line of an unexpected error', () => {
    expect(describeListenError(new Error('boom\n    at x (y.ts:1:1)'), 'h', 1)).toBe(
      'Cannot start the gateway on h:1: boom',
    )
  })
})

describe('describeConfigError', () => {
  it.each([
    ['EACCES', 'Cannot read config gw.yaml: permission denied (EACCES)'],
    ['ENOTDIR', 'Cannot read config gw.yaml: a part of the path is not a directory (ENOTDIR)'],
  ])('%s', (code, line) => {
    expect(describeConfigError('gw.yaml', systemError(code))).toBe(line)
  })

  it('passes a validation message through, every line of it', () => {
    const error = new ChatwireError({ kind: 'invalid_request', message: '2 problems:\n  a\n  b' })
    expect(describeConfigError('gw.yaml', error)).toBe(
      'Invalid config gw.yaml: 2 problems:\n  a\n  b',
    )
  })
})
