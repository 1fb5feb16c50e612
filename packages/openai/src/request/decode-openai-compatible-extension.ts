import type { ChatRequest } from '@chatwire/core'
import { compatibleExtension } from '../schema/openai-extension'
import type { CompatibleFieldTable } from './openai-extension-fields'

/**
 * Copies the body's fields of `fields` (a dialect's share of the OpenAI-compatible extra fields)
 * into `extensions.compatible`. Absent and `null` values are not set, unless `keepNull`.
 */
export function decodeOpenAICompatibleExtension(
  body: object,
  fields: CompatibleFieldTable,
  request: ChatRequest,
  keepNull = false,
): void {
  const wire = body as Record<string, unknown>
  let bag: Record<string, unknown> | undefined
  for (const [name, key] of fields) {
    const value = wire[name]
    if (value === undefined || (value === null && !keepNull)) continue
    bag ??= {}
    bag[key] = value
  }
  if (bag) request.extensions = { ...request.extensions, [compatibleExtension.name]: bag }
}
