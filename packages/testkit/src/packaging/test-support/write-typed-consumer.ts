import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

// TypeScript consumers of the packed packages, compiled by `tsc` in the temporary project. They
// live here as text because the workspace's own tsconfig would compile (and mis-resolve) files.

/** `import` from an ES module; `@ts-expect-error` lines prove the types are real, not `any`. */
const TYPED_IMPORT = `import { type ChatRequest, ChatwireError, chatRequestValidator, type SseEvent } from '@chatwire/core'
import { type OpenAIChatRequest, openaiCodec } from '@chatwire/openai'
import { createSseDecoderStream } from '@chatwire/sse'

const body: OpenAIChatRequest = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
const request: ChatRequest = openaiCodec.decodeRequest(body)
export const wire: OpenAIChatRequest = openaiCodec.encodeRequest(request).body
export const valid: boolean = chatRequestValidator.check(request)
export const error: ChatwireError = new ChatwireError({ kind: 'timeout', message: 'Too slow' })
export const decoder: TransformStream<Uint8Array | string, SseEvent> = createSseDecoderStream()
// @ts-expect-error maxTokens is a number
export const wrong: ChatRequest = { ...request, maxTokens: 'many' }
// @ts-expect-error 'sleepy' is not an error kind
export const wrongKind = new ChatwireError({ kind: 'sleepy', message: 'No' })
`

/** \`require\` from a CommonJS module: TypeScript >= 5.8 types require() of ESM under nodenext. */
const TYPED_REQUIRE = `import core = require('@chatwire/core')
import openai = require('@chatwire/openai')
import sse = require('@chatwire/sse')

export const valid: boolean = core.chatRequestValidator.check({ model: 'm', messages: [] })
export const error: core.ChatwireError = new core.ChatwireError({ kind: 'internal', message: 'x' })
export const format: (event: core.SseEvent) => string = sse.formatSseEvent
export const codec: core.Codec<openai.OpenAIChatRequest> = openai.openaiCodec
// @ts-expect-error kind is required
export const wrong = new core.ChatwireError({ message: 'x' })
`

const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    // Web Streams and TextEncoder come from the DOM lib here; Node users get them from @types/node.
    lib: ['es2022', 'dom', 'dom.iterable', 'dom.asynciterable'],
    types: [],
    strict: true,
    noEmit: true,
    // The packed declarations themselves are checked, with everything they import.
    skipLibCheck: false,
  },
  files: ['typed-import.mts', 'typed-require.cts'],
}

/** Writes the typed consumers and their tsconfig into `project`. */
export function writeTypedConsumer(project: string): void {
  writeFileSync(join(project, 'typed-import.mts'), TYPED_IMPORT)
  writeFileSync(join(project, 'typed-require.cts'), TYPED_REQUIRE)
  writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`)
}
