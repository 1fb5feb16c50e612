'use strict'
// Runs in a temporary npm project against the packed packages; `use-with-import.mjs` and
// `use-with-require.cjs` load them the two ways and hand them here, so both do the same work.

/** Canonical request checks with core's compiled validator and its one error class. */
function exerciseCore(core) {
  const valid = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] }
  const invalid = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 42 }] }
  const error = new core.ChatwireError({ kind: 'rate_limit', message: 'Slow down', retryAfter: 2 })
  return {
    requestSchemaId: core.ChatRequest.$id,
    validRequestPasses: core.chatRequestValidator.check(valid),
    invalidRequestPasses: core.chatRequestValidator.check(invalid),
    invalidRequestProblem: core.chatRequestValidator.firstProblem(invalid),
    error: {
      isError: error instanceof Error,
      isChatwireError: core.ChatwireError.isInstance(error),
      name: error.name,
      retryable: error.retryable,
      json: error.toJSON(),
    },
  }
}

/** An SSE byte stream split inside a UTF-8 sequence, through the decoder TransformStream. */
async function exerciseSse(sse) {
  const bytes = new TextEncoder().encode(
    'data: {"text":"h\u00e9"}\r\n\r\n: keep-alive\n\nevent: error\ndata: a\ndata: b\n\n',
  )
  const split = bytes.indexOf(0xc3) + 1 // between the two bytes of "é"
  const chunks = [bytes.subarray(0, split), bytes.subarray(split)]
  const events = await sse.collectStream(
    sse.streamFromIterable(chunks).pipeThrough(sse.createSseDecoderStream()),
  )
  return { events, formatted: sse.formatSseEvent({ event: 'message', data: 'a\nb', id: '7' }) }
}

/** OpenAI wire → canonical → OpenAI wire, a rejected body, and SSE bytes → canonical parts. */
async function exerciseOpenai(core, sse, openai, openaiBody) {
  const { openaiCodec } = openai
  const request = openaiCodec.decodeRequest(openaiBody)
  let rejected
  try {
    openaiCodec.decodeRequest({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 42 }] })
  } catch (error) {
    rejected = error
  }
  const chunk = (delta, finish) =>
    `data: ${JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion.chunk',
      created: 1694268190,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    })}\n\n`
  const wire = `${chunk({ role: 'assistant', content: 'Hi' }, null)}${chunk({}, 'stop')}data: [DONE]\n\n`
  const parts = await sse.collectStream(
    sse
      .streamFromIterable([new TextEncoder().encode(wire)])
      .pipeThrough(sse.createSseDecoderStream())
      .pipeThrough(core.createChunkDecoderStream(openaiCodec)),
  )
  return {
    request,
    requestIsCanonical: core.chatRequestValidator.check(request),
    reencodedBody: openaiCodec.encodeRequest(request, { stream: true }).body,
    rejected: {
      // Proves @chatwire/openai and the consumer share the one installed @chatwire/core.
      isCoreChatwireError: rejected instanceof core.ChatwireError,
      error: core.toChatError(rejected),
    },
    parts,
    partsAreCanonical: parts.every((part) => core.chatStreamPartValidator.check(part)),
  }
}

/** `input` is the JSON the test passes as the first argument: `{ openaiBody }`. */
async function exercisePackages({ core, sse, openai }, input) {
  return {
    core: exerciseCore(core),
    sse: await exerciseSse(sse),
    openai: await exerciseOpenai(core, sse, openai, input.openaiBody),
  }
}

module.exports = { exercisePackages }
