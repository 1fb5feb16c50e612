import type { SchemaDescription } from '@chatwire/core'

/**
 * The descriptions of the exported schemas (path from the exports, key position, text), kept out
 * of the schemas so a browser bundle does not carry them; `describeFriendliSchemas()` puts them back for the
 * generated documentation. Sources: see SOURCES.md.
 */
export const FRIENDLI_SCHEMA_DESCRIPTIONS: readonly SchemaDescription[] = [
  ['FriendliAssistantMessage/properties/role', 0, 'The role of the messages author.'],
  [
    'FriendliAssistantMessage/properties/content/anyOf/0',
    0,
    'The content of assistant message. Required unless `tool_calls` is specified.',
  ],
  [
    'FriendliAssistantMessage/properties/reasoning_content/anyOf/0',
    0,
    'The intermediate reasoning content of assistant message.',
  ],
  [
    'FriendliAssistantMessage/properties/reasoning/anyOf/0',
    0,
    "Alias of 'reasoning_content', for compatibility.",
  ],
  [
    'FriendliAssistantMessage/properties/name/anyOf/0',
    0,
    'The name for the participant to distinguish between participants with the same role.',
  ],
  [
    'FriendliAssistantMessage/properties/tool_calls/anyOf/0',
    0,
    'The tool calls the assistant made.',
  ],
  ['FriendliAssistantMessage/properties/tool_calls/anyOf/0/items', 2, 'A tool call.'],
  [
    'FriendliAssistantMessage/properties/tool_calls/anyOf/0/items/properties/id',
    0,
    'The ID of tool call.',
  ],
  [
    'FriendliAssistantMessage/properties/tool_calls/anyOf/0/items/properties/type',
    0,
    'The type of tool call.',
  ],
  [
    'FriendliAssistantMessage/properties/tool_calls/anyOf/0/items/properties/function',
    1,
    'The function specification.',
  ],
  [
    'FriendliAssistantMessage/properties/tool_calls/anyOf/0/items/properties/function/properties/name',
    0,
    'The name of function',
  ],
  [
    'FriendliAssistantMessage/properties/tool_calls/anyOf/0/items/properties/function/properties/arguments',
    0,
    'The arguments of the function call, as JSON.',
  ],
  ['FriendliAudioContent/properties/type', 0, 'The type of the message content.'],
  ['FriendliAudioContent/properties/audio_url', 1, 'The audio URL data.'],
  ['FriendliAudioContent/properties/audio_url/properties/url', 0, 'The URL of the audio.'],
  ['FriendliBuiltinTool/properties/type', 0, 'The type of the built-in tool provided by Friendli.'],
  ['FriendliChatChunk', 1, 'One streamed `chat.completion.chunk`.'],
  [
    'FriendliChatChunk/properties/id',
    0,
    'A unique ID of the chat completion; the same on every chunk.',
  ],
  ['FriendliChatChunk/properties/object', 0, 'The object type, always `chat.completion.chunk`.'],
  [
    'FriendliChatChunk/properties/model/anyOf/0',
    0,
    'The model; missing on some serverless chunks.',
  ],
  [
    'FriendliChatChunk/properties/choices',
    0,
    'One entry per choice; empty on the final usage chunk.',
  ],
  ['FriendliChatChunk/properties/choices/items/properties/index', 1, 'The index of the choice.'],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta',
    1,
    'What this chunk adds to the message.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/role/anyOf/0',
    0,
    'Repeated on every delta by some models.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/content/anyOf/0',
    0,
    'The next fragment of the answer text.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/reasoning_content/anyOf/0',
    0,
    'A fragment of parsed reasoning.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0',
    0,
    'Fragments of the tool calls.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items',
    1,
    'A fragment of a streamed tool call.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/index',
    1,
    'The index of the tool call being generated.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/id/anyOf/0',
    0,
    'The ID of the tool call.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/type/anyOf/0',
    0,
    'The type of the tool, always `function`.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/function',
    0,
    'The function being called.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/function/properties/name/anyOf/0',
    0,
    'The name of the function to call (first fragment).',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/function/properties/arguments/anyOf/0',
    0,
    'A fragment of the arguments JSON.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/finish_reason/anyOf/0',
    0,
    '`stop`, `length`, `tool_calls`, or the string `"null"`.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/logprobs/anyOf/0',
    1,
    'Log probability information for the choice.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/0',
    0,
    'Log probabilities of the output tokens.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/0/items/properties/token',
    0,
    'The token.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/0/items/properties/logprob',
    0,
    'The log probability of this token.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/0/items/properties/bytes/anyOf/0',
    0,
    'UTF-8 bytes of the token.',
  ],
  [
    'FriendliChatChunk/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/0/items/properties/top_logprobs',
    0,
    'The most likely tokens at this position.',
  ],
  ['FriendliChatChunk/properties/usage/anyOf/0', 1, 'Token counts of the request.'],
  [
    'FriendliChatChunk/properties/usage/anyOf/0/properties/prompt_tokens',
    1,
    'Number of tokens in the prompt.',
  ],
  [
    'FriendliChatChunk/properties/usage/anyOf/0/properties/completion_tokens',
    1,
    'Number of generated tokens.',
  ],
  [
    'FriendliChatChunk/properties/usage/anyOf/0/properties/total_tokens',
    1,
    '`prompt_tokens` + `completion_tokens`.',
  ],
  [
    'FriendliChatChunk/properties/usage/anyOf/0/properties/prompt_tokens_details/anyOf/0',
    0,
    'Breakdown of the prompt tokens.',
  ],
  [
    'FriendliChatChunk/properties/usage/anyOf/0/properties/prompt_tokens_details/anyOf/0/properties/cached_tokens/anyOf/0',
    1,
    'Cached tokens present in the prompt.',
  ],
  ['FriendliChatChunk/properties/created', 0, 'Unix seconds when the token was sampled.'],
  ['FriendliChatRequest', 2, 'Friendli serverless / dedicated chat completion request body.'],
  [
    'FriendliChatRequest/properties/model',
    0,
    'Serverless: the model code. Dedicated: the endpoint id, or `ENDPOINT_ID:ADAPTER_ROUTE`.',
  ],
  [
    'FriendliChatRequest/properties/messages',
    0,
    'A list of messages comprising the conversation so far.',
  ],
  [
    'FriendliChatRequest/properties/messages/items',
    1,
    'One message, discriminated by `role`. No `developer`.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/0/properties/role',
    0,
    'The role of the messages author.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/0/properties/content',
    0,
    'The content of system message.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/role',
    0,
    "The role of the message's author.",
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content',
    0,
    'Plain text, or a list of text, image, audio and video parts (non-text input is Beta).',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/0/properties/type',
    0,
    'The type of the message content.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/0/properties/text',
    0,
    'The text content of the message.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/1/properties/type',
    0,
    'The type of the message content.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/1/properties/image_url',
    1,
    'The image URL data.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/1/properties/image_url/properties/url',
    0,
    'The URL of the image.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/3/properties/type',
    0,
    'The type of the message content.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/3/properties/video_url',
    1,
    'The video URL data.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/1/properties/content/anyOf/1/items/anyOf/3/properties/video_url/properties/url',
    0,
    'The URL of the video.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/3/properties/role',
    0,
    'The role of the messages author.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/3/properties/content',
    0,
    'The content of tool message that contains the result of tool calling.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/3/properties/tool_call_id',
    0,
    'The ID of tool call corresponding to this message.',
  ],
  [
    'FriendliChatRequest/properties/messages/items/anyOf/3/properties/name/anyOf/0',
    0,
    'An optional name of the tool call corresponding to this message.',
  ],
  [
    'FriendliChatRequest/properties/chat_template_kwargs/anyOf/0',
    0,
    'Extra keyword arguments for the chat template, e.g. `{"enable_thinking": false}`.',
  ],
  ['FriendliChatRequest/properties/eos_token/anyOf/0', 0, 'Extra end-of-sequence token ids.'],
  [
    'FriendliChatRequest/properties/frequency_penalty/anyOf/0',
    2,
    'Penalises tokens by how often they were sampled so far.',
  ],
  [
    'FriendliChatRequest/properties/logit_bias/anyOf/0',
    0,
    'Maps token ids to a bias added to their logits before sampling.',
  ],
  [
    'FriendliChatRequest/properties/logprobs/anyOf/0',
    0,
    'Whether to return log probabilities of the output tokens.',
  ],
  [
    'FriendliChatRequest/properties/max_tokens/anyOf/0',
    1,
    'The maximum number of tokens to generate (Friendli has no `max_completion_tokens`).',
  ],
  [
    'FriendliChatRequest/properties/min_p/anyOf/0',
    3,
    'Drops tokens below `min_p` × the top probability; 0 disables.',
  ],
  ['FriendliChatRequest/properties/n/anyOf/0', 2, 'Number of independent generations.'],
  [
    'FriendliChatRequest/properties/parallel_tool_calls/anyOf/0',
    0,
    'Whether to enable parallel function calling.',
  ],
  [
    'FriendliChatRequest/properties/presence_penalty/anyOf/0',
    2,
    'Penalises tokens that were sampled at least once so far.',
  ],
  [
    'FriendliChatRequest/properties/repetition_penalty/anyOf/0',
    2,
    'Penalises tokens already in the prompt or output; 1.0 means no penalty.',
  ],
  [
    'FriendliChatRequest/properties/reasoning_effort/anyOf/0',
    0,
    'Reasoning effort, for reasoning models only.',
  ],
  [
    'FriendliChatRequest/properties/reasoning_budget/anyOf/0',
    1,
    'Token limit for internal reasoning.',
  ],
  [
    'FriendliChatRequest/properties/seed/anyOf/0',
    0,
    'Sampling seed; with `n`, a list gives one seed per generation.',
  ],
  [
    'FriendliChatRequest/properties/stop/anyOf/0',
    1,
    'Stop phrases, excluded from the result. A list only: a bare string is invalid.',
  ],
  ['FriendliChatRequest/properties/stream/anyOf/0', 1, 'Stream the result as SSE.'],
  ['FriendliChatRequest/properties/stream_options/anyOf/0', 1, 'Only with `stream: true`.'],
  [
    'FriendliChatRequest/properties/stream_options/anyOf/0/properties/include_usage/anyOf/0',
    0,
    'Send a final chunk with `usage` and no choices.',
  ],
  [
    'FriendliChatRequest/properties/parse_reasoning/anyOf/0',
    0,
    'Parse reasoning into `reasoning_content`; the default varies by endpoint.',
  ],
  [
    'FriendliChatRequest/properties/include_reasoning/anyOf/0',
    1,
    'With `parse_reasoning`, include the parsed `reasoning_content`.',
  ],
  ['FriendliChatRequest/properties/temperature/anyOf/0', 2, 'Sampling temperature.'],
  [
    'FriendliChatRequest/properties/top_k/anyOf/0',
    2,
    'Sample from the k most likely tokens; 0 disables.',
  ],
  [
    'FriendliChatRequest/properties/top_logprobs/anyOf/0',
    1,
    'Alternatives per position; needs `logprobs`.',
  ],
  [
    'FriendliChatRequest/properties/top_p/anyOf/0',
    3,
    'Keeps only the smallest set of tokens whose cumulative probabilities reach `top_p` or higher. Values range from 0.0 (exclusive, per the docs) to 1.0 (inclusive); default 1.0.',
  ],
  [
    'FriendliChatRequest/properties/xtc_threshold/anyOf/0',
    3,
    'XTC: probability at or above which tokens are "top choices"; 0 disables.',
  ],
  [
    'FriendliChatRequest/properties/xtc_probability/anyOf/0',
    3,
    'XTC: probability that the filter applies at each step; 0 disables.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0',
    0,
    'Functions the model may call. Not together with `min_tokens`/`response_format`.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0/items',
    2,
    'A function the model may generate JSON inputs for.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0/items/properties/type',
    0,
    'The type of the tool. Currently, only `function` is supported.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0/items/properties/function',
    1,
    'The function specification.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0/items/properties/function/properties/name',
    1,
    'The name of the function to be called. a-z, A-Z, 0-9, underscores and dashes, at most 64.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0/items/properties/function/properties/description',
    0,
    'What the function does, used by the model to choose when to call it.',
  ],
  [
    'FriendliChatRequest/properties/tools/anyOf/0/items/properties/function/properties/parameters',
    1,
    'The parameters as a JSON Schema object (required). No parameters: `{"type": "object", "properties": {}}`.',
  ],
  [
    'FriendliChatRequest/properties/tool_choice',
    2,
    '`none` answers directly, `auto` lets the model decide, `required` forces a tool call; `{"type": "function", "function": {"name": …}}` forces one function.',
  ],
  ['FriendliChatRequest/properties/tool_choice/anyOf/1', 1, 'Forces a call of one function.'],
  [
    'FriendliChatRequest/properties/tool_choice/anyOf/1/properties/type',
    0,
    'The type of the tool. Currently, only `function` is supported.',
  ],
  [
    'FriendliChatRequest/properties/tool_choice/anyOf/1/properties/function',
    1,
    'The function the model must call.',
  ],
  [
    'FriendliChatRequest/properties/tool_choice/anyOf/1/properties/function/properties/name',
    1,
    'The name of the function to call.',
  ],
  [
    'FriendliChatRequest/properties/min_tokens/anyOf/0',
    2,
    'Minimum tokens to generate. Not together with `tools` or `response_format`.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0',
    1,
    "The enforced format of the model's output. Unsupported together with `tools` or `min_tokens`.",
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/0',
    2,
    'Constrains the output to a JSON Schema.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/0/properties/type',
    0,
    'The type of the response format: `json_schema`.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/0/properties/json_schema',
    1,
    'The JSON Schema the output must follow.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/0/properties/json_schema/properties/schema',
    1,
    'The schema for the response format, described as a JSON Schema object.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/0/properties/json_schema/properties/name',
    0,
    "A name for the schema. Not in Friendli's spec; `@friendliai/ai-provider` always sends it (`response` by default).",
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/0/properties/json_schema/properties/description',
    0,
    "What the output is for. Not in Friendli's spec; `@friendliai/ai-provider` sends it.",
  ],
  ['FriendliChatRequest/properties/response_format/anyOf/0/anyOf/1', 2, 'Any valid JSON object.'],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/1/properties/type',
    0,
    'The type of the response format: `json_object`.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/2',
    2,
    'Constrains the output to a regular expression.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/2/properties/type',
    0,
    'The type of the response format: `regex`.',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/2/properties/schema',
    0,
    'A regular expression the output must match. No lookarounds or anchors (`^`, `$`, `(?=)`, `(?<=…)`, `\\a`, `\\z`), no Unicode escapes (`\\N`, `\\p`).',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/3',
    2,
    'Plain text output (the default).',
  ],
  [
    'FriendliChatRequest/properties/response_format/anyOf/0/anyOf/3/properties/type',
    0,
    'The type of the response format: `text`.',
  ],
  ['FriendliChatResponse', 1, 'A whole (non-streamed) `chat.completion`.'],
  ['FriendliChatResponse/properties/id', 0, 'A unique ID of the chat completion.'],
  ['FriendliChatResponse/properties/object', 0, 'The object type, always `chat.completion`.'],
  ['FriendliChatResponse/properties/created', 0, 'Unix seconds when the generation completed.'],
  [
    'FriendliChatResponse/properties/model/anyOf/0',
    0,
    'The model; for dedicated endpoints, the endpoint id.',
  ],
  ['FriendliChatResponse/properties/choices', 0, 'One choice per `n`.'],
  ['FriendliChatResponse/properties/choices/items/properties/index', 1, 'The index of the choice.'],
  ['FriendliChatResponse/properties/choices/items/properties/message', 1, 'The generated message.'],
  [
    'FriendliChatResponse/properties/choices/items/properties/message/properties/role',
    0,
    'Always `assistant`.',
  ],
  [
    'FriendliChatResponse/properties/choices/items/properties/message/properties/content/anyOf/0',
    0,
    'The contents of the assistant message.',
  ],
  [
    'FriendliChatResponse/properties/choices/items/properties/message/properties/reasoning_content/anyOf/0',
    0,
    'Parsed reasoning, when `parse_reasoning` is on.',
  ],
  [
    'FriendliChatResponse/properties/choices/items/properties/message/properties/tool_calls/anyOf/0',
    0,
    'The tool calls the model made.',
  ],
  [
    'FriendliChatResponse/properties/choices/items/properties/finish_reason',
    0,
    '`stop`, `length` or `tool_calls`.',
  ],
  ['FriendliContainerChatRequest', 2, 'Friendli Container chat completion request body.'],
  [
    'FriendliContainerChatRequest/properties/model/anyOf/0',
    0,
    'Routes the request to a specific adapter.',
  ],
  ['FriendliErrorBody', 1, 'Any error other than request validation.'],
  [
    'FriendliFileBuiltinTool/properties/type',
    0,
    'The file parser tool. Only .txt and .pdf files are supported.',
  ],
  [
    'FriendliFileBuiltinTool/properties/files',
    2,
    'A list of file IDs. For now, only one file is supported.',
  ],
  [
    'FriendliIntegratedBuiltinTool/properties/type',
    0,
    'The type of the integrated third-party tool.',
  ],
  [
    'FriendliToolAssistedChatRequest',
    2,
    'Friendli serverless tool-assisted chat completion request body (Beta).',
  ],
  ['FriendliToolAssistedChatRequest/properties/model', 0, 'The model code.'],
  [
    'FriendliToolAssistedChatRequest/properties/tools/anyOf/0',
    1,
    'Functions and built-in tools (`web:search`, `math:calculator`, …); at most 128.',
  ],
  [
    'FriendliToolAssistedChatRequest/properties/tools/anyOf/0/items',
    1,
    'A function tool or a built-in tool.',
  ],
  [
    'FriendliToolAssistedChatRequest/properties/tool_choice',
    2,
    '`none` answers directly, `auto` lets the model decide, `required` forces a tool call; `{"type": "function", "function": {"name": …}}` forces one function.',
  ],
  [
    'FriendliToolAssistedChatRequest/properties/resume_generation',
    0,
    'Keep generating after a built-in tool error (gives up after 8 failures). May use more tokens.',
  ],
  [
    'FriendliToolChoice',
    2,
    '`none` answers directly, `auto` lets the model decide, `required` forces a tool call; `{"type": "function", "function": {"name": …}}` forces one function.',
  ],
  ['FriendliToolStatus/properties/tool_call_id', 0, 'The ID of the tool call.'],
  ['FriendliToolStatus/properties/name', 0, 'The built-in tool.'],
  ['FriendliToolStatus/properties/status', 0, 'Execution status of the tool.'],
  [
    'FriendliToolStatus/properties/parameters/items/properties/name',
    0,
    "The name of the tool's parameter.",
  ],
  [
    'FriendliToolStatus/properties/parameters/items/properties/value',
    0,
    "The value of the tool's parameter.",
  ],
  [
    'FriendliToolStatus/properties/result/anyOf/0',
    0,
    "The tool's output, often JSON text (sometimes double-encoded).",
  ],
  [
    'FriendliToolStatus/properties/files/anyOf/0/items/properties/name',
    0,
    'The name of a file the tool produced.',
  ],
  ['FriendliToolStatus/properties/files/anyOf/0/items/properties/url', 0, 'Where to download it.'],
  ['FriendliToolStatus/properties/message/anyOf/0', 0, "A message from the tool's execution."],
  [
    'FriendliToolStatus/properties/error/anyOf/0/properties/type',
    0,
    'e.g. `INVALID_PARAMETER` or `UNKNOWN`.',
  ],
  ['FriendliToolStatus/properties/error/anyOf/0/properties/msg', 0, 'The error message.'],
  ['FriendliToolStatus/properties/usage/anyOf/0', 0, 'Always `null` so far.'],
  ['FriendliToolStatus/properties/timestamp', 0, 'Unix seconds when the event occurred.'],
  ['FriendliValidationErrorBody', 1, 'Request validation failed (HTTP 422).'],
  [
    'FriendliValidationErrorBody/properties/detail/items/properties/loc',
    0,
    'Where the problem is, e.g. `["body", "messages", 0, "content"]`.',
  ],
  [
    'FriendliValidationErrorBody/properties/detail/items/properties/type',
    0,
    'e.g. `missing`, `string_type`, `extra_forbidden`.',
  ],
]
