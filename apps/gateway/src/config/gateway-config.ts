import { type Static, Type } from '@sinclair/typebox'

export const UPSTREAM_DIALECTS = ['openai', 'elastic', 'octoai', 'friendli'] as const

export const Dialect = Type.Union(
  UPSTREAM_DIALECTS.map((dialect) => Type.Literal(dialect)),
  { description: 'The wire dialect the upstream speaks.' },
)
export type Dialect = Static<typeof Dialect>

export const LossPolicy = Type.Union([Type.Literal('reject'), Type.Literal('allow-semantic')], {
  description:
    '`reject` (default): a semantic loss (tools, n>1, json_schema, …) is a 400 naming the field. ' +
    '`allow-semantic`: drop it like a hint and list it in `chatwire-dropped`.',
})
export type LossPolicy = Static<typeof LossPolicy>

export const Upstream = Type.Object(
  {
    dialect: Dialect,
    baseURL: Type.String({
      pattern: '^https?://',
      description:
        'Vendor base URL: `https://api.openai.com/v1`, `https://es.example:9200`, ' +
        '`https://api.friendli.ai/serverless/v1`, `https://text.octoai.run/v1`.',
    }),
    apiKey: Type.Optional(
      Type.String({ description: 'Sent as `Bearer` (Elastic: `Authorization: ApiKey …`).' }),
    ),
    inferenceId: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Elastic only: the inference endpoint id; default: the (rewritten) model.',
      }),
    ),
    team: Type.Optional(Type.String({ description: 'Friendli only: `X-Friendli-Team`.' })),
    product: Type.Optional(
      Type.Union([Type.Literal('serverless'), Type.Literal('dedicated'), Type.Literal('tools')], {
        description: 'Friendli only; default: read from the base URL path.',
      }),
    ),
    timeoutMs: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          'Longest wait on the upstream: for the response head, then for each next read.',
      }),
    ),
    retries: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 10,
        description: 'Extra attempts on a retryable failure, only before the first byte.',
      }),
    ),
    headers: Type.Optional(
      Type.Record(Type.String(), Type.String(), { description: 'Extra request headers.' }),
    ),
    losses: Type.Optional(LossPolicy),
  },
  { additionalProperties: false },
)
export type Upstream = Static<typeof Upstream>

export const Route = Type.Object(
  {
    match: Type.String({
      minLength: 1,
      description: 'Glob (`*`, `?`) on the model; for Elastic inbound on the inference id.',
    }),
    upstream: Type.String({ minLength: 1, description: 'Name of an entry in `upstreams`.' }),
    model: Type.Optional(Type.String({ minLength: 1, description: 'Rewrites the model.' })),
    fallbacks: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'Upstreams tried in order when the previous one fails before the first byte.',
      }),
    ),
    losses: Type.Optional(LossPolicy),
    elasticChunks: Type.Optional(
      Type.Union([Type.Literal('bare'), Type.Literal('wrapped')], {
        description:
          'Elastic inbound: `bare` chunks as Elasticsearch sends them (default), or the ' +
          'documented `{"chat_completion": …}` wrapper.',
      }),
    ),
  },
  { additionalProperties: false },
)
export type Route = Static<typeof Route>

export const GatewayConfig = Type.Object(
  {
    server: Type.Optional(
      Type.Object(
        {
          host: Type.Optional(Type.String({ minLength: 1, default: '127.0.0.1' })),
          port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, default: 8787 })),
        },
        { additionalProperties: false },
      ),
    ),
    auth: Type.Optional(
      Type.Object(
        {
          keys: Type.Array(Type.String({ minLength: 1 }), {
            minItems: 1,
            description: 'Accepted client keys (`Authorization: Bearer …` or `ApiKey …`).',
          }),
        },
        { additionalProperties: false, description: 'Absent: the gateway is open.' },
      ),
    ),
    upstreams: Type.Record(Type.String(), Upstream, {
      minProperties: 1,
      description: 'Named upstreams.',
    }),
    routes: Type.Array(Route, { minItems: 1, description: 'First match wins.' }),
  },
  {
    $id: 'GatewayConfig',
    additionalProperties: false,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the literal syntax
    description: 'chatwire gateway configuration (JSON or YAML; `${ENV}` substituted in strings).',
  },
)
export type GatewayConfig = Static<typeof GatewayConfig>
