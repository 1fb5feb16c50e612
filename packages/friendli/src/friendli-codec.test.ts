import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { WireContext } from '@chatwire/core'
import { decodeBytes, describeCodecConformance, encodeParts } from '@chatwire/testkit'
import { describe, expect, it } from 'vitest'
import { createFriendliCodec, friendliCodec } from './friendli-codec'

describeCodecConformance({
  codec: friendliCodec,
  fixtures: fileURLToPath(new URL('./__fixtures__', import.meta.url)),
})

describe('friendliCodec on the wire', () => {
  it.each([
    'friendli-basic',
    'friendli-every-field',
    'friendli-tool-assisted',
    'friendli-tool-assisted-every-field',
  ])('%s: Friendli → canonical → Friendli gives back the same body and context', (name) => {
    const body = readJson(`${name}.request.json`)
    const context = existsSync(fixturePath(`${name}.context.json`))
      ? (readJson(`${name}.context.json`) as WireContext)
      : undefined
    const encoded = friendliCodec.encodeRequest(friendliCodec.decodeRequest(body, context))
    expect(encoded.body).toEqual(body)
    expect(encoded.losses).toEqual([])
    expect(encoded.context).toEqual({ params: { product: 'serverless' }, ...context })
  })

  it.each(['friendli-text', 'friendli-tool-calls', 'friendli-reasoning'])(
    '%s: a response comes back byte for byte',
    (name) => {
      const body = readJson(`${name}.response.json`)
      const encoded = friendliCodec.encodeResponse(friendliCodec.decodeResponse(body))
      expect(JSON.stringify(encoded.body)).toBe(JSON.stringify(body))
    },
  )
})

describe('friendliCodec streams on the wire', () => {
  it.each(['friendli-text', 'friendli-parallel-tool-calls', 'friendli-reasoning'])(
    '%s: a stream comes back byte for byte',
    (name) => {
      const bytes = readFileSync(fixturePath(`${name}.sse`))
      const again = encodeParts(friendliCodec, decodeBytes(friendliCodec, bytes))
      expect(new TextDecoder().decode(again)).toBe(bytes.toString('utf8'))
    },
  )

  it('re-encodes the string "null" finish reason as JSON null, the rest unchanged', () => {
    const bytes = readFileSync(fixturePath('friendli-null-finish-reason.sse'))
    const again = encodeParts(friendliCodec, decodeBytes(friendliCodec, bytes))
    const expected = bytes
      .toString('utf8')
      .replaceAll('"finish_reason":"null"', '"finish_reason":null')
    expect(new TextDecoder().decode(again)).toBe(expected)
  })
})

describe('createFriendliCodec', () => {
  const toolAssisted = readJson('friendli-tool-assisted.request.json')

  it('binds the product: built-in tools decode on the tool-assisted codec only', () => {
    const tools = createFriendliCodec({ product: 'tools' })
    expect(tools.decodeRequest(toolAssisted).tools).toEqual([
      { type: 'builtin', name: 'math:calculator' },
      { type: 'builtin', name: 'web:search' },
    ])
    const serverless = createFriendliCodec({ product: 'serverless' })
    expect(() => serverless.decodeRequest(toolAssisted, { params: { product: 'tools' } })).toThrow(
      /only available on the tool-assisted endpoint/,
    )
  })

  it('encodes for its own product whatever the request says', () => {
    const request = friendliCodec.decodeRequest(toolAssisted, { params: { product: 'tools' } })
    const dedicated = createFriendliCodec({ product: 'dedicated' }).encodeRequest(request)
    expect(dedicated.context.params).toEqual({ product: 'dedicated' })
    expect(dedicated.losses.map((loss) => `${loss.path} ${loss.kind}`)).toEqual([
      'tools[0] semantic',
      'tools[1] semantic',
    ])
  })
})

function fixturePath(file: string): string {
  return fileURLToPath(new URL(`./__fixtures__/${file}`, import.meta.url))
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(fixturePath(file), 'utf8'))
}
