// Real framing from reference/wire-formats.md (§3.4, §3.5, §4.4, §5.4), payloads as published.

export const ELASTIC_CHUNKS = [
  '{"id":"chatcmpl-Ae0TWsy2VPnSfBbv5UztnSdYUMFP3","choices":[{"delta":{"content":"","role":"assistant"},"index":0}],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk"}',
  '{"id":"chatcmpl-Ae0TWsy2VPnSfBbv5UztnSdYUMFP3","choices":[{"delta":{"content":"Elastic"},"index":0}],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk"}',
  '{"id":"chatcmpl-Ae0TWsy2VPnSfBbv5UztnSdYUMFP3","choices":[],"model":"gpt-4o-2024-08-06","object":"chat.completion.chunk","usage":{"completion_tokens":28,"prompt_tokens":16,"total_tokens":44}}',
  '[DONE]',
]

/** Elasticsearch: `BOM + "event: " + type + "\n" + "data: " + json + "\n\n"` for every event. */
export const ELASTIC_STREAM = ELASTIC_CHUNKS.map(
  (data) => `\uFEFFevent: message\ndata: ${data}\n\n`,
).join('')

export const ELASTIC_MID_STREAM_ERROR = `\uFEFFevent: message\ndata: ${ELASTIC_CHUNKS[0]}\n\n\uFEFFevent: error\ndata: {"error":{"code":"stream_error","message":"Received an error response for request from inference entity id [my-endpoint]. Error message: [...]","type":"error"}}\n\n`

export const OPENAI_CHUNKS = [
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}',
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}]}',
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}',
  '[DONE]',
]

/** OpenAI-compatible servers interleave `: keep-alive` comments between events. */
export const OPENAI_STREAM_WITH_KEEP_ALIVE = `: keep-alive\n\ndata: ${OPENAI_CHUNKS[0]}\n\n: keep-alive\n\ndata: ${OPENAI_CHUNKS[1]}\n\ndata: ${OPENAI_CHUNKS[2]}\n\n:keep-alive\n\ndata: ${OPENAI_CHUNKS[3]}\n\n`

export const FRIENDLI_TOOL_STATUS = [
  '{"tool_call_id":"call_3QrfStXSU6fGdOGPcETocIAq","name":"math:calculator","status":"STARTED","parameters":[{"name":"expression","value":"150 * 1.60934"}],"result":null,"files":null,"message":null,"error":null,"usage":null,"timestamp":1726277121}',
  '{"tool_call_id":"call_3QrfStXSU6fGdOGPcETocIAq","name":"math:calculator","status":"ENDED","parameters":[{"name":"expression","value":"150 * 1.60934"}],"result":"\\"{\\\\\\"result\\\\\\": \\\\\\"150 * 1.60934=241.401000000000\\\\\\"}\\"","files":null,"message":null,"error":null,"usage":null,"timestamp":1726277121}',
]

export const FRIENDLI_TOKEN_CHUNK =
  '{"id":"chatcmpl-4b71d12c86d94e719c7e3984a7bb7941","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":"To"},"finish_reason":null,"logprobs":null}],"created":1726277121}'

export const FRIENDLI_TOOL_ASSISTED_STREAM = `event: tool_status\ndata: ${FRIENDLI_TOOL_STATUS[0]}\n\nevent: tool_status\ndata: ${FRIENDLI_TOOL_STATUS[1]}\n\ndata: ${FRIENDLI_TOKEN_CHUNK}\n\ndata: [DONE]\n\n`
