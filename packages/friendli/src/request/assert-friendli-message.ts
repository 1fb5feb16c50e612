import { assertValid, compileSchema, isJsonObject, type Validator } from '@chatwire/core'
import { FRIENDLI_CONTENT_PART_SCHEMAS } from '../schema/friendli-content-part'
import { FRIENDLI_MESSAGE_SCHEMAS } from '../schema/friendli-message'
import { friendliInvalidRequest, friendliValidation } from './assert-friendli-errors'

const messageValidators: Record<string, Validator<unknown>> = {
  system: compileSchema(FRIENDLI_MESSAGE_SCHEMAS.system),
  user: compileSchema(FRIENDLI_MESSAGE_SCHEMAS.user),
  assistant: compileSchema(FRIENDLI_MESSAGE_SCHEMAS.assistant),
  tool: compileSchema(FRIENDLI_MESSAGE_SCHEMAS.tool),
}
const partValidators: Record<string, Validator<unknown>> = {
  text: compileSchema(FRIENDLI_CONTENT_PART_SCHEMAS.text),
  image_url: compileSchema(FRIENDLI_CONTENT_PART_SCHEMAS.image_url),
  audio_url: compileSchema(FRIENDLI_CONTENT_PART_SCHEMAS.audio_url),
  video_url: compileSchema(FRIENDLI_CONTENT_PART_SCHEMAS.video_url),
}
const STRING_ONLY_ROLES: ReadonlySet<string> = new Set(['system', 'assistant', 'tool'])

/**
 * Throws a ChatwireError naming the exact field of `messages[index]` that Friendli's server
 * rejects: the slow path, only called once the whole body failed its compiled check.
 */
export function assertFriendliMessage(message: unknown, index: number): void {
  const path = `messages[${index}]`
  if (!isJsonObject(message)) throw friendliInvalidRequest(`'${path}' must be an object`, path)
  const { role, content } = message
  if (role === 'developer') {
    throw friendliInvalidRequest(`Friendli has no 'developer' role: use 'system'`, `${path}.role`)
  }
  if (typeof role !== 'string' || !Object.hasOwn(messageValidators, role)) {
    throw friendliInvalidRequest(
      `'${path}.role' must be one of system, user, assistant, tool`,
      `${path}.role`,
    )
  }
  if (STRING_ONLY_ROLES.has(role) && Array.isArray(content)) {
    throw friendliInvalidRequest(
      `'${path}.content' must be a string: Friendli takes no content parts in ${role} messages`,
      `${path}.content`,
    )
  }
  if (role === 'user' && Array.isArray(content)) assertParts(content, `${path}.content`)
  assertValid(messageValidators[role] as Validator<unknown>, message, friendliValidation(path))
}

function assertParts(parts: unknown[], path: string): void {
  for (const [index, part] of parts.entries()) {
    const partPath = `${path}[${index}]`
    const type = isJsonObject(part) ? part.type : undefined
    if (typeof type !== 'string' || !Object.hasOwn(partValidators, type)) {
      throw friendliInvalidRequest(
        `'${partPath}.type' must be one of text, image_url, audio_url, video_url`,
        `${partPath}.type`,
      )
    }
    assertValid(partValidators[type] as Validator<unknown>, part, friendliValidation(partPath))
  }
}
