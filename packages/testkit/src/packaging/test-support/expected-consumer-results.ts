import { expect } from 'vitest'

// What `consumer/exercise-packages.cjs` must print when it runs against the packed packages,
// whether it loaded them with `import` or with `require`.

/** Core: the compiled request validator and the one error class. */
export const EXPECTED_CORE = {
  requestSchemaId: 'ChatRequest',
  validRequestPasses: true,
  invalidRequestPasses: false,
  invalidRequestProblem: expect.objectContaining({
    path: expect.stringMatching(/^messages\[0\]/),
  }),
  error: {
    isError: true,
    isChatwireError: true,
    name: 'ChatwireError',
    retryable: true,
    json: { kind: 'rate_limit', status: 429, message: 'Slow down', retryAfter: 2 },
  },
}

/** SSE: events decoded from bytes split inside a UTF-8 sequence, and one event formatted. */
export const EXPECTED_SSE = {
  events: [{ data: '{"text":"hé"}' }, { event: 'error', data: 'a\nb' }],
  formatted: 'event: message\ndata: a\ndata: b\nid: 7\n\n',
}

/** The OpenAI request the consumer decodes; it must re-encode to the same body. */
export const OPENAI_BODY = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Hello' },
  ],
  temperature: 0.2,
  max_tokens: 16,
  stream: true,
  stream_options: { include_usage: true },
}

/** OpenAI: a request both ways, a rejected body, and a byte stream decoded to canonical parts. */
export const EXPECTED_OPENAI = {
  request: expect.objectContaining({
    model: 'gpt-4o-mini',
    messages: OPENAI_BODY.messages,
    maxTokens: 16,
    temperature: 0.2,
    stream: true,
    streamOptions: { includeUsage: true },
  }),
  requestIsCanonical: true,
  reencodedBody: OPENAI_BODY,
  rejected: {
    isCoreChatwireError: true,
    error: expect.objectContaining({
      kind: 'invalid_request',
      status: 400,
      param: 'messages[0].content',
    }),
  },
  parts: [
    expect.objectContaining({
      type: 'chunk',
      id: 'chatcmpl-1',
      choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi' } }],
    }),
    expect.objectContaining({
      type: 'chunk',
      choices: [
        expect.objectContaining({ index: 0, finishReason: { unified: 'stop', raw: 'stop' } }),
      ],
    }),
    { type: 'done' },
  ],
  partsAreCanonical: true,
}
