import {
  type ChatRequest,
  encodeRequestFields,
  type Loss,
  readExtension,
  reportForeignExtensions,
} from '@chatwire/core'
import { compatibleExtension } from '../schema/openai-extension'
import type { CompatibleFieldTable } from './openai-extension-fields'

/** Writes the request's `extensions.compatible` fields of `fields` onto `body`, by wire name. */
export function encodeOpenAICompatibleExtension(
  request: ChatRequest,
  fields: CompatibleFieldTable,
  body: object,
): void {
  const extension = readExtension(request, compatibleExtension)
  if (extension) encodeRequestFields(extension, fields, body)
}

/**
 * Core's `reportForeignExtensions` for an OpenAI-compatible dialect: every field of a bag other
 * than `own` is a loss, but for the `compatible` fields in `known`, which the dialect encodes
 * (or reports itself).
 */
export function reportForeignCompatibleExtensions(
  request: ChatRequest,
  own: string,
  known: CompatibleFieldTable,
  target: string,
  losses: Loss[],
): void {
  reportForeignExtensions(
    request,
    own,
    target,
    losses,
    (bag, key) => bag === compatibleExtension.name && known.some(([, field]) => field === key),
  )
}
