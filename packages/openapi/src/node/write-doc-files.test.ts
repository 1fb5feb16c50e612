import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeDocFiles } from './write-doc-files'

let directory = ''

afterEach(() => rmSync(directory, { recursive: true, force: true }))

describe('writeDocFiles', () => {
  it('writes the files and removes stale JSON of the same folders only', () => {
    directory = mkdtempSync(join(tmpdir(), 'chatwire-docs-'))
    mkdirSync(join(directory, 'schemas'))
    writeFileSync(join(directory, 'schemas', 'Gone.json'), '{}')
    writeFileSync(join(directory, 'schemas', 'notes.md'), 'kept')
    writeFileSync(join(directory, 'README.md'), 'kept')
    const removed = writeDocFiles(
      directory,
      new Map([
        ['schemas/Kept.json', '{"a":1}\n'],
        ['openapi/openai.json', '{"openapi":"3.1.0"}\n'],
      ]),
    )
    expect(removed).toEqual(['schemas/Gone.json'])
    expect(readFileSync(join(directory, 'schemas', 'Kept.json'), 'utf8')).toBe('{"a":1}\n')
    expect(readFileSync(join(directory, 'openapi', 'openai.json'), 'utf8')).toContain('3.1.0')
    expect(existsSync(join(directory, 'schemas', 'notes.md'))).toBe(true)
    expect(existsSync(join(directory, 'README.md'))).toBe(true)
  })
})
