import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadDialectExamples } from './load-dialect-examples'

let directory: string | undefined

function fixtures(files: Record<string, string>): string {
  directory = mkdtempSync(join(tmpdir(), 'chatwire-fixtures-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text)
  return directory
}

afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true })
  directory = undefined
})

describe('loadDialectExamples', () => {
  it('groups fixtures by kind, sorted by name, and skips other files', () => {
    const examples = loadDialectExamples(
      fixtures({
        'b-text.request.json': '{"model":"b"}',
        'a-text.request.json': '{"model":"a"}',
        'a-text.response.json': '{"id":"r"}',
        'a-text.sse': 'data: [DONE]\n\n',
        'a-limit.error.json': '{"status":429,"headers":{"retry-after":"1"},"body":"slow down"}',
        'notes.md': '# not a fixture',
      }),
    )
    expect(examples).toEqual({
      requests: [
        { name: 'a-text', value: { model: 'a' } },
        { name: 'b-text', value: { model: 'b' } },
      ],
      responses: [{ name: 'a-text', value: { id: 'r' } }],
      streams: [{ name: 'a-text', value: 'data: [DONE]\n\n' }],
      errors: [
        {
          name: 'a-limit',
          value: { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' },
        },
      ],
    })
  })

  it('rejects an error fixture without a status or a text body', () => {
    const directory = fixtures({ 'x.error.json': '{"status":500,"body":{"error":"x"}}' })
    expect(() => loadDialectExamples(directory)).toThrow('x.error.json: an error fixture is')
  })
})
