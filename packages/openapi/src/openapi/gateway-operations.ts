interface GatewayRoute {
  path: string
  method: string
  /** Whether the route checks the gateway key, when the gateway has keys. */
  authenticated: boolean
  operation: Record<string, unknown>
}

const json = (description: string, schema: Record<string, unknown>) => ({
  description,
  content: { 'application/json': { schema } },
})

/** The gateway's own routes beside the chat endpoints, by name. */
export const GATEWAY_ROUTES = {
  healthz: {
    path: '/healthz',
    method: 'get',
    authenticated: false,
    operation: {
      operationId: 'gatewayHealth',
      tags: ['Gateway'],
      summary: 'Liveness probe',
      responses: {
        '200': json('The gateway is up.', {
          type: 'object',
          properties: { status: { const: 'ok' } },
          required: ['status'],
        }),
      },
    },
  },
  readyz: {
    path: '/readyz',
    method: 'get',
    authenticated: false,
    operation: {
      operationId: 'gatewayReadiness',
      tags: ['Gateway'],
      summary:
        'Readiness probe: 503 while starting or draining (SIGTERM), so traffic goes elsewhere',
      responses: {
        '200': json('The gateway takes traffic.', {
          type: 'object',
          properties: { status: { const: 'ready' } },
          required: ['status'],
        }),
        '503': json('Starting, or draining before it exits.', {
          type: 'object',
          properties: { status: { enum: ['starting', 'draining'] } },
          required: ['status'],
        }),
      },
    },
  },
  models: {
    path: '/v1/models',
    method: 'get',
    authenticated: true,
    operation: {
      operationId: 'gatewayListModels',
      tags: ['Gateway'],
      summary: 'List the model names the routes match literally',
      responses: {
        '200': json('The models, as a `list` of `model` objects.', {
          type: 'object',
          properties: {
            object: { const: 'list' },
            data: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  object: { const: 'model' },
                  created: { type: 'integer' },
                  owned_by: { type: 'string', description: 'The upstream that serves it.' },
                },
                required: ['id', 'object', 'created', 'owned_by'],
              },
            },
          },
          required: ['object', 'data'],
        }),
      },
    },
  },
  metrics: {
    path: '/metrics',
    method: 'get',
    authenticated: false,
    operation: {
      operationId: 'gatewayMetrics',
      tags: ['Gateway'],
      summary: 'Prometheus metrics',
      responses: {
        '200': {
          description: 'Metrics in the Prometheus text exposition format.',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
      },
    },
  },
  openapi: {
    path: '/openapi.json',
    method: 'get',
    authenticated: false,
    operation: {
      operationId: 'gatewayOpenApi',
      tags: ['Gateway'],
      summary: 'This OpenAPI document',
      responses: { '200': json('The OpenAPI 3.1 document of this gateway.', { type: 'object' }) },
    },
  },
  docs: {
    path: '/docs',
    method: 'get',
    authenticated: false,
    operation: {
      operationId: 'gatewayDocs',
      tags: ['Gateway'],
      summary: 'API reference page',
      responses: {
        '200': {
          description: 'An HTML page rendering this document.',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
      },
    },
  },
} as const satisfies Record<string, GatewayRoute>

export type GatewayRouteName = keyof typeof GATEWAY_ROUTES

/** What the gateway serves today besides chat (apps/gateway `createGatewayApp`). */
export const DEFAULT_GATEWAY_ROUTES: readonly GatewayRouteName[] = [
  'healthz',
  'readyz',
  'metrics',
  'models',
  'openapi',
  'docs',
]
