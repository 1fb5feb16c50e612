import {
  assertMaxDepth,
  assertValid,
  compileSchema,
  excerpt,
  isJsonObject,
  type Validator,
} from '@chatwire/core'
import type { FriendliAnyChatRequest } from '../schema/friendli-any-chat-request'
import { FriendliChatRequest, FriendliContainerChatRequest } from '../schema/friendli-chat-request'
import type { FriendliProduct } from '../schema/friendli-extension'
import { FRIENDLI_RESPONSE_FORMAT_SCHEMAS } from '../schema/friendli-response-format'
import { FriendliToolAssistedChatRequest } from '../schema/friendli-tool-assisted-chat-request'
import { friendliInvalidRequest, friendliValidation } from './assert-friendli-errors'
import { assertFriendliMessage } from './assert-friendli-message'
import { assertFriendliTool } from './assert-friendli-tool'

const chatRequest = compileSchema(FriendliChatRequest)
const toolAssistedRequest = compileSchema(FriendliToolAssistedChatRequest)
const containerRequest = compileSchema(FriendliContainerChatRequest)
const VALIDATORS = {
  serverless: chatRequest,
  dedicated: chatRequest,
  tools: toolAssistedRequest,
  container: containerRequest,
} as Record<FriendliProduct, Validator<unknown>>
const responseFormats: Record<string, Validator<unknown>> = {
  text: compileSchema(FRIENDLI_RESPONSE_FORMAT_SCHEMAS.text),
  json_object: compileSchema(FRIENDLI_RESPONSE_FORMAT_SCHEMAS.json_object),
  json_schema: compileSchema(FRIENDLI_RESPONSE_FORMAT_SCHEMAS.json_schema),
  regex: compileSchema(FRIENDLI_RESPONSE_FORMAT_SCHEMAS.regex),
}

/**
 * Why Friendli rejects a field that other dialects accept (reference §5.2, §9.5). A Map: the
 * key is the client's, and `constructor` must not find Object.prototype's.
 */
const FOREIGN_FIELD_HINTS = new Map([
  ['max_completion_tokens', "Friendli has no 'max_completion_tokens': use 'max_tokens'"],
  ['resume_generation', "'resume_generation' is only accepted by the tool-assisted endpoint"],
  ['min_tokens', "'min_tokens' is not accepted by the tool-assisted endpoint"],
  ['response_format', "'response_format' is not accepted by the tool-assisted endpoint"],
])

/**
 * The server-side check: what Friendli's `product` endpoint accepts, exactly. One compiled
 * check on the fast path; on failure, a walk that names the offending field.
 */
export function assertFriendliChatRequest(
  body: unknown,
  product: FriendliProduct,
): FriendliAnyChatRequest {
  // Before anything walks the body: 5,000 levels would overflow whatever recurses later.
  assertMaxDepth(body)
  const validator = VALIDATORS[product]
  if (validator.check(body) as boolean) return body as FriendliAnyChatRequest
  if (!isJsonObject(body)) throw friendliInvalidRequest('The request body must be a JSON object')
  const known = validator.schema.properties as Record<string, unknown>
  for (const field of Object.keys(body)) {
    if (Object.hasOwn(known, field)) continue
    const name = excerpt(field)
    const hint = FOREIGN_FIELD_HINTS.get(field) ?? `Friendli does not accept the field '${name}'`
    throw friendliInvalidRequest(hint, name)
  }
  if (typeof body.stop === 'string') {
    throw friendliInvalidRequest(
      `'stop' must be a list of strings, e.g. ["${excerpt(body.stop)}"]`,
      'stop',
    )
  }
  if (Array.isArray(body.messages)) body.messages.forEach(assertFriendliMessage)
  if (Array.isArray(body.tools)) {
    for (const [index, tool] of body.tools.entries()) assertFriendliTool(tool, index, product)
  }
  assertResponseFormat(body.response_format)
  return assertValid(validator, body, friendliValidation()) as FriendliAnyChatRequest
}

function assertResponseFormat(format: unknown): void {
  if (!isJsonObject(format)) return
  const { type } = format
  if (typeof type !== 'string' || !Object.hasOwn(responseFormats, type)) {
    throw friendliInvalidRequest(
      "'response_format.type' must be one of text, json_object, json_schema, regex",
      'response_format.type',
    )
  }
  assertValid(
    responseFormats[type] as Validator<unknown>,
    format,
    friendliValidation('response_format'),
  )
}
