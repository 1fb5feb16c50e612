import type { SchemaDescription } from '@chatwire/core'

/**
 * The descriptions of the exported schemas (path from the exports, key position, text), kept out
 * of the schemas so a browser bundle does not carry them; `describeElasticSchemas()` puts them back for the
 * generated documentation. Sources: see SOURCES.md.
 */
export const ELASTIC_SCHEMA_DESCRIPTIONS: readonly SchemaDescription[] = [
  [
    'ElasticChatChunk',
    1,
    'The `data` of one `event: message`, bare as the server sends it (no `created`, no `logprobs`).',
  ],
  ['ElasticChatChunk/properties/id', 0, 'The id of the completion; the same on every chunk.'],
  ['ElasticChatChunk/properties/choices', 0, '`[]` on the usage chunk.'],
  ['ElasticChatChunk/properties/choices/items', 1, 'One choice; ES forces `n: 1`, so index 0.'],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta',
    0,
    'What this chunk adds to the message.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/content/anyOf/0',
    0,
    'A fragment of the text; omitted when none.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/refusal/anyOf/0',
    0,
    'A fragment of a refusal message; omitted when none.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/role/anyOf/0',
    0,
    'The author role, `assistant`, on the first chunk.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/reasoning/anyOf/0',
    0,
    'A fragment of the model reasoning text (newer servers, reasoning models); omitted when none.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0',
    0,
    'Tool call fragments; omitted when none.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items',
    1,
    'A fragment of a tool call; concatenate by `index`.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/index',
    1,
    'Position of the tool call in the message; fragments share it.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/id/anyOf/0',
    0,
    'The tool call id, on the first fragment of a call only.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/function/anyOf/0',
    0,
    'The function being called (omitted when the fragment has neither).',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/function/anyOf/0/properties/arguments/anyOf/0',
    0,
    'A fragment of the JSON arguments; concatenate them.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/function/anyOf/0/properties/name/anyOf/0',
    0,
    'The function name, on the first fragment only.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/tool_calls/anyOf/0/items/properties/type/anyOf/0',
    0,
    '`function` on the first fragment; written as `null` on continuations.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/delta/properties/reasoning_details/anyOf/0',
    0,
    'Structured reasoning (`reasoning.text`, `reasoning.summary`, `reasoning.encrypted` objects) from newer servers. chatwire carries them as an `elastic` `reasoning_details` extension part.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/finish_reason/anyOf/0',
    0,
    'Omitted until set; the provider value, not normalised.',
  ],
  [
    'ElasticChatChunk/properties/choices/items/properties/index',
    1,
    'The choice index; always 0 (ES forces one).',
  ],
  ['ElasticChatChunk/properties/model/anyOf/0', 0, 'The model the provider used.'],
  ['ElasticChatChunk/properties/object/anyOf/0', 0, 'Always `chat.completion.chunk`.'],
  [
    'ElasticChatChunk/properties/usage/anyOf/0',
    1,
    'Token usage, on the last chunk (`choices: []`).',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/completion_tokens',
    1,
    'Tokens generated.',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/prompt_tokens',
    1,
    'Tokens in the prompt.',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/total_tokens',
    1,
    'Prompt plus completion tokens.',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/prompt_tokens_details/anyOf/0',
    0,
    'Newer servers: prompt token details. ES knows no cache-write count.',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/prompt_tokens_details/anyOf/0/properties/cached_tokens/anyOf/0',
    1,
    'Prompt tokens served from the provider cache.',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/completion_tokens_details/anyOf/0',
    0,
    'Newer servers: completion token details.',
  ],
  [
    'ElasticChatChunk/properties/usage/anyOf/0/properties/completion_tokens_details/anyOf/0/properties/reasoning_tokens/anyOf/0',
    1,
    'Completion tokens spent on reasoning.',
  ],
  ['ElasticChatPathParams', 1, 'Path parameters of the chat_completion `_stream` API.'],
  [
    'ElasticChatPathParams/properties/inference_id',
    1,
    'The inference endpoint id; it selects the provider and model.',
  ],
  ['ElasticChatQuery', 1, 'Query parameters of the chat_completion `_stream` API.'],
  [
    'ElasticChatQuery/properties/timeout',
    1,
    'How long to wait for the inference request to complete: a time unit (`30s`, `2m`), or `-1` / `0`.',
  ],
  [
    'ElasticChatRequest',
    3,
    'Body of `POST /_inference/chat_completion/{inference_id}/_stream` (Elasticsearch 8.18–9.1). Every other key is a 400 `x_content_parse_exception`.',
  ],
  [
    'ElasticChatRequest/properties/messages',
    0,
    'A list of objects representing the conversation. Required, and not empty (ES validates it). ES also reads a single object as a one-element list.',
  ],
  [
    'ElasticChatRequest/properties/messages/items',
    3,
    'An object representing part of the conversation. No `name`, no `refusal`.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/content',
    0,
    'The content of the message: a string or a list of text objects (`[]` is accepted). `null` or a number is rejected.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/content/anyOf/1/items',
    3,
    'An object style representation of a single portion of a conversation.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/content/anyOf/1/items/properties/text',
    0,
    'The text content.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/content/anyOf/1/items/properties/type',
    0,
    'The type of content. 8.18–9.1 read any string; only `text` reaches a provider.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/role',
    0,
    'The role of the message author: `user`, `assistant`, `system`, `developer` or `tool`. ES reads any string and hands it to the provider.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_call_id',
    0,
    'Only for `tool` role messages. The tool call this message is responding to.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls',
    0,
    'Only for `assistant` role messages. The tool calls generated by the model. ES also reads a single object as a one-element list.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls/items',
    3,
    'A tool call generated by the model.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls/items/properties/id',
    0,
    'The identifier of the tool call.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls/items/properties/function',
    2,
    'The function that the model called.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls/items/properties/function/properties/arguments',
    0,
    'The arguments to call the function with in JSON format.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls/items/properties/function/properties/name',
    0,
    'The name of the function to call.',
  ],
  [
    'ElasticChatRequest/properties/messages/items/properties/tool_calls/items/properties/type',
    0,
    'The type of the tool call: `function`.',
  ],
  [
    'ElasticChatRequest/properties/model',
    0,
    'The ID of the model to use. By default, the model ID set when the inference endpoint was created.',
  ],
  [
    'ElasticChatRequest/properties/max_completion_tokens',
    0,
    'The upper bound for the number of tokens generated. The only token limit (`max_tokens` is rejected). ES reads it as a long: a numeric string is accepted, a fraction truncated.',
  ],
  [
    'ElasticChatRequest/properties/stop',
    0,
    'Sequences that stop generation. ES also reads a bare string as a one-element list, and numbers or booleans in the list as their text; an empty list is dropped.',
  ],
  [
    'ElasticChatRequest/properties/temperature',
    0,
    'The sampling temperature to use (provider default and range, typically 0–2). ES reads a float: a numeric string is accepted.',
  ],
  ['ElasticChatRequest/properties/tool_choice', 1, 'Controls which tool is called by the model.'],
  [
    'ElasticChatRequest/properties/tool_choice/anyOf/0',
    0,
    '`auto`, `none` or `required` (ES reads any string; chatwire refuses others early).',
  ],
  [
    'ElasticChatRequest/properties/tool_choice/anyOf/1/properties/type',
    0,
    'The type of the tool: `function`.',
  ],
  [
    'ElasticChatRequest/properties/tool_choice/anyOf/1/properties/function',
    2,
    'The tool choice function.',
  ],
  [
    'ElasticChatRequest/properties/tool_choice/anyOf/1/properties/function/properties/name',
    0,
    'The name of the function to call.',
  ],
  [
    'ElasticChatRequest/properties/tools',
    0,
    'A list of tools that the model can call. ES also reads a single object as a one-element list; an empty list is dropped.',
  ],
  ['ElasticChatRequest/properties/tools/items', 3, 'A tool that the model can call.'],
  ['ElasticChatRequest/properties/tools/items/properties/type', 0, 'The type of tool: `function`.'],
  ['ElasticChatRequest/properties/tools/items/properties/function', 2, 'The function definition.'],
  [
    'ElasticChatRequest/properties/tools/items/properties/function/properties/description',
    0,
    'What the function does, for the model to choose it.',
  ],
  [
    'ElasticChatRequest/properties/tools/items/properties/function/properties/name',
    0,
    'The name of the function.',
  ],
  [
    'ElasticChatRequest/properties/tools/items/properties/function/properties/parameters',
    0,
    'The parameters the function accepts, as a JSON Schema object.',
  ],
  [
    'ElasticChatRequest/properties/tools/items/properties/function/properties/strict',
    0,
    'Whether to enable schema adherence for the call. ES also reads `"true"`/`"false"` strings.',
  ],
  [
    'ElasticChatRequest/properties/top_p',
    0,
    'Nucleus sampling, an alternative to sampling with temperature (0–1). ES reads a float: a numeric string is accepted.',
  ],
  ['ElasticErrorCause', 1, 'One exception of an Elasticsearch error.'],
  [
    'ElasticStandardErrorBody',
    1,
    'The standard Elasticsearch error (REST and security layers), `application/json`.',
  ],
  [
    'ElasticStandardErrorBody/properties/error/properties/caused_by',
    0,
    'The exception that caused this one: `type`, `reason`, its own `caused_by`.',
  ],
  ['ElasticStringErrorBody', 1, 'The Elasticsearch error when detailed errors are disabled.'],
  ['ElasticToolChoice', 1, 'Controls which tool is called by the model.'],
  [
    'ElasticUnifiedErrorBody',
    1,
    'Errors of the unified chat_completion action, sent as `event: error` (before or during the stream).',
  ],
  [
    'ElasticUnifiedErrorBody/properties/error/properties/code',
    0,
    'Lower-cased HTTP status name, or the provider code.',
  ],
  [
    'ElasticUnifiedErrorBody/properties/error/properties/type',
    0,
    'ES exception name in snake_case, or the provider type.',
  ],
  [
    'ElasticWrappedChatChunk',
    1,
    'The documented (not sent by the server) form: a chunk under `chat_completion`.',
  ],
]
