import type { SecurityDescriptor } from '@chatwire/core'
import type { DocumentedDialect } from '../dialect/list-documented-dialects'

type Scheme = SecurityDescriptor['scheme']

const FORMS = [
  {
    name: 'gatewayBearer',
    scheme: { type: 'http', scheme: 'bearer' },
    text: 'A gateway key: `Authorization: Bearer <key>`',
    matches: (scheme: Scheme) => scheme.type === 'http' && scheme.scheme === 'bearer',
  },
  {
    name: 'gatewayApiKey',
    scheme: { type: 'apiKey', in: 'header', name: 'Authorization' },
    text: 'A gateway key: `Authorization: ApiKey <key>`',
    matches: (scheme: Scheme) =>
      scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name === 'Authorization',
  },
  {
    name: 'gatewayBasic',
    scheme: { type: 'http', scheme: 'basic' },
    text: 'A gateway key as the Basic password',
    note: 'any user name',
    matches: (scheme: Scheme) => scheme.type === 'http' && scheme.scheme === 'basic',
  },
] as const

/**
 * A gateway key, sent the way each vendor SDK sends its own key; the gateway accepts all three
 * forms on every route (apps/gateway `readClientKey`). Each description names the dialects whose
 * clients send their key in that form first (by the first security scheme of their docs).
 */
export function createGatewaySecurity(
  dialects: readonly DocumentedDialect[],
): SecurityDescriptor[] {
  return FORMS.map((form) => {
    const { name, scheme, text, matches } = form
    const tags = dialects.flatMap(({ docs }) =>
      docs.security[0] && matches(docs.security[0].scheme) ? [docs.tag] : [],
    )
    const notes = [
      ...('note' in form ? [form.note] : []),
      ...(tags.length > 0 ? [`${tags.join(', ')} clients`] : []),
    ]
    const description = notes.length > 0 ? `${text} (${notes.join('; ')}).` : `${text}.`
    return { name, scheme: { ...scheme, description } }
  })
}
