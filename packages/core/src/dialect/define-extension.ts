import type { Static, TObject } from '@sinclair/typebox'
import type { ChatRequest } from '../schema/chat-request'
import type { LossKind } from '../schema/loss'

/**
 * One bag of dialect-only request fields (`request.extensions[name]`): its schema, and how bad
 * dropping each field is when another dialect encodes the request (`null`: request context,
 * such as a path parameter, never a loss).
 */
export interface DialectExtension<Schema extends TObject = TObject> {
  readonly name: string
  readonly schema: Schema
  readonly losses: { readonly [Field in keyof Static<Schema>]-?: LossKind | null }
}

const LOSS_KINDS = new Map<string, Readonly<Record<string, LossKind | null>>>()

/**
 * Declares an extension bag and records its loss kinds, so that any encoder can classify its
 * fields. A bag exists only once its decoder's package is loaded, so its kinds are known by then.
 */
export function defineExtension<Schema extends TObject>(
  extension: DialectExtension<Schema>,
): DialectExtension<Schema> {
  LOSS_KINDS.set(extension.name, extension.losses)
  return extension
}

/**
 * The loss kind of field `key` in bag `name`: `null` for request context, `hint` for a field of
 * a bag or key no extension declares (reported, never dropped silently).
 */
export function extensionLossKind(name: string, key: string): LossKind | null {
  const kinds = LOSS_KINDS.get(name)
  if (!kinds || !Object.hasOwn(kinds, key)) return 'hint'
  return kinds[key] ?? null
}

/** The request's bag for `extension`, typed by its schema (the decoder that filled it checked it). */
export function readExtension<Schema extends TObject>(
  request: Pick<ChatRequest, 'extensions'>,
  extension: DialectExtension<Schema>,
): Static<Schema> | undefined {
  const bag = request.extensions?.[extension.name]
  return bag === undefined ? undefined : (bag as Static<Schema>)
}
