import type { XContentObjectSpec } from './parse-x-content-object'
import { parseXContentObject } from './parse-x-content-object'
import {
  objectArrayField,
  objectField,
  readArray,
  readBoolean,
  readFloat,
  readLong,
  readMap,
  readText,
  stringField,
} from './read-x-content-values'
import type { XContentCursor } from './x-content-cursor'
import { parseFailure } from './x-content-failure'

// Elasticsearch's `UnifiedCompletionRequest` parsers (server/src/main/java/org/elasticsearch/
// inference/UnifiedCompletionRequest.java, 8.18–9.1): names, fields and declaration order as
// declared there. See SOURCES.md.

const NUMBER = ['VALUE_NUMBER', 'VALUE_STRING'] as const
const BOOLEAN = ['VALUE_BOOLEAN', 'VALUE_STRING'] as const

const ContentObject: XContentObjectSpec = {
  name: 'ContentObject',
  fields: { text: stringField(true), type: stringField(true) },
}

const ToolCallFunction: XContentObjectSpec = {
  name: 'tool_call_function_field',
  fields: { arguments: stringField(true), name: stringField(true) },
}

const ToolCall: XContentObjectSpec = {
  name: 'ToolCall',
  fields: {
    id: stringField(true),
    function: objectField(ToolCallFunction, true),
    type: stringField(true),
  },
}

/** `Message.parseContent`: declared `VALUE_ARRAY`, then only a string or a list of objects. */
function readContent(cursor: XContentCursor): unknown {
  if (cursor.token === 'VALUE_STRING') return cursor.current.value
  if (cursor.token !== 'START_ARRAY') {
    const message = `Expected an array start token or a value string token but found token [${cursor.token}]`
    throw parseFailure(undefined, message, cursor.current.path)
  }
  // XContentParserUtils.parseList: `[]` is an empty list.
  const parts: unknown[] = []
  while (cursor.next() !== 'END_ARRAY' && cursor.token !== undefined) {
    parts.push(parseXContentObject(ContentObject, cursor))
  }
  return parts
}

const Message: XContentObjectSpec = {
  name: 'Message',
  fields: {
    content: {
      tokens: ['VALUE_BOOLEAN', 'VALUE_NULL', 'VALUE_NUMBER', 'VALUE_STRING', 'START_ARRAY'],
      read: readContent,
    },
    role: stringField(true),
    tool_call_id: stringField(),
    tool_calls: objectArrayField(ToolCall),
  },
}

const ToolFunction: XContentObjectSpec = {
  name: 'tool_function_field',
  fields: {
    description: stringField(),
    name: stringField(true),
    parameters: { tokens: ['START_OBJECT'], read: readMap },
    strict: { tokens: BOOLEAN, read: readBoolean },
  },
}

const Tool: XContentObjectSpec = {
  name: 'Tool',
  fields: { type: stringField(true), function: objectField(ToolFunction, true) },
}

const ToolChoiceObject: XContentObjectSpec = {
  name: 'ToolChoiceObject',
  fields: {
    type: stringField(true),
    function: objectField(
      { name: 'tool_choice_function_field', fields: { name: stringField(true) } },
      true,
    ),
  },
}

export const UnifiedCompletionRequest: XContentObjectSpec = {
  name: 'UnifiedCompletionRequest',
  fields: {
    messages: objectArrayField(Message, true),
    model: stringField(),
    max_completion_tokens: { tokens: NUMBER, read: readLong },
    stop: {
      tokens: ['START_ARRAY', 'VALUE_STRING'],
      read: (cursor) => readArray(cursor, readText),
    },
    temperature: { tokens: NUMBER, read: readFloat },
    tool_choice: {
      tokens: ['START_OBJECT', 'VALUE_STRING'],
      read: (cursor) =>
        cursor.token === 'VALUE_STRING'
          ? cursor.current.value
          : parseXContentObject(ToolChoiceObject, cursor),
    },
    tools: objectArrayField(Tool),
    top_p: { tokens: NUMBER, read: readFloat },
  },
}
