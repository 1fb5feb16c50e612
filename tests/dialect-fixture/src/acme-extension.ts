import { defineExtension, StringEnum, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'

/** How soon Acme schedules the request; the one field only Acme's wire has (`acme_priority`). */
export const AcmePriority = StringEnum(['low', 'normal', 'high'], {
  description: 'How soon Acme schedules the request.',
})
export type AcmePriority = Static<typeof AcmePriority>

export const AcmeExtension = Type.Object(
  { acmePriority: Type.Optional(AcmePriority) },
  { $id: 'AcmeExtension', description: 'Acme-only request fields.' },
)
export type AcmeExtension = Static<typeof AcmeExtension>

/**
 * The `acme` extension bag. Its keys are the camelCase of their wire names (`acmePriority` ↔
 * `acme_priority`): the gateway's `chatwire-dropped` header snake-cases a lost field's key to
 * name it as the client wrote it. Dropping the priority changes when the answer comes, not what it
 * says: a `hint` loss when another dialect encodes the request.
 */
export const acmeExtension = defineExtension({
  name: 'acme',
  schema: AcmeExtension,
  losses: { acmePriority: 'hint' },
})
