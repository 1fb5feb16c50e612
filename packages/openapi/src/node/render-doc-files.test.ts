import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { canonicalDialect, canonicalExamples } from '../test-support/canonical-dialect'
import { renderDocFiles } from './render-doc-files'

const directory = mkdtempSync(join(tmpdir(), 'chatwire-fixtures-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

describe('renderDocFiles', () => {
  it('documents the dialects it is given, with the fixtures it is pointed to', () => {
    const [hello] = canonicalExamples.requests
    writeFileSync(join(directory, `${hello!.name}.request.json`), JSON.stringify(hello!.value))
    const located: string[] = []
    const files = renderDocFiles({
      dialects: [canonicalDialect, { name: 'undocumented' }],
      fixtures: (dialect) => {
        located.push(dialect)
        return directory
      },
    })
    expect(located).toEqual(['canonical'])
    expect([...files.keys()].filter((path) => path.startsWith('openapi/'))).toEqual([
      'openapi/canonical.json',
      'openapi/gateway.json',
    ])
    expect(files.has('schemas/CanonicalStreamEvent.json')).toBe(true)
    expect(files.has('schemas/OpenAIChatRequest.json')).toBe(false)
    const canonical = JSON.parse(files.get('openapi/canonical.json')!)
    const request = canonical.paths['/v1/chat'].post.requestBody.content['application/json']
    expect(request.examples.hello.value).toEqual(hello!.value)
  })
})
