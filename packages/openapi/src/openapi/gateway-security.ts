import type { SecurityDescriptor } from '../dialect/dialect-descriptor'

/**
 * A gateway key, sent the way each vendor SDK sends its own key; the gateway accepts all three
 * on every route (apps/gateway `readClientKey`).
 */
export const GATEWAY_SECURITY: readonly SecurityDescriptor[] = [
  {
    name: 'gatewayBearer',
    scheme: {
      type: 'http',
      scheme: 'bearer',
      description: 'A gateway key: `Authorization: Bearer <key>` (OpenAI, OctoAI, Friendli SDKs).',
    },
  },
  {
    name: 'gatewayApiKey',
    scheme: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: 'A gateway key: `Authorization: ApiKey <key>` (Elasticsearch clients).',
    },
  },
  {
    name: 'gatewayBasic',
    scheme: {
      type: 'http',
      scheme: 'basic',
      description: 'A gateway key as the Basic password (any user name).',
    },
  },
]
