import { type Static, Type } from '@sinclair/typebox'
import { GATEWAY_DEFAULTS } from './gateway-defaults'

const D = GATEWAY_DEFAULTS.auth

export const KeyLimits = Type.Object(
  {
    requestsPerMinute: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          "Chat requests per minute (a token bucket: up to this many at once, refilled evenly over the minute). Past it: the client dialect's 429 with `Retry-After`.",
      }),
    ),
    tokensPerMinute: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          'Prompt + completion tokens per minute. A request is charged up front with an estimate ' +
          '(prompt characters / 4, plus `max_tokens` or, when absent, ' +
          `${D.reservedCompletionTokens} tokens at most) and settled at its end with the usage ` +
          "the upstream reported. Past it: the client dialect's 429 with `Retry-After`; a request " +
          'whose estimate exceeds the limit itself is refused at once.',
      }),
    ),
  },
  { additionalProperties: false, description: 'Per-key limits; absent: none.' },
)
export type KeyLimits = Static<typeof KeyLimits>

const NamedKey = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z0-9_.:-]+$',
      description: 'Shown in logs and as the `key` label in `/metrics` (never the key itself).',
    }),
    key: Type.Optional(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the literal syntax
      Type.String({ minLength: 1, description: 'The key, e.g. `${TEAM_A_KEY}`.' }),
    ),
    sha256: Type.Optional(
      Type.String({
        pattern: '^[0-9a-fA-F]{64}$',
        description:
          'Instead of `key`: the SHA-256 of the key (UTF-8) as 64 hex digits, so the config ' +
          'holds no secret (`printf %s "$KEY" | sha256sum`).',
      }),
    ),
    models: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        minItems: 1,
        description:
          'Globs (`*`, `?`) on the requested model (or path route key, such as an inference id) this key may ' +
          'use; absent: all. Others get 403, and `GET /v1/models` lists only these.',
      }),
    ),
    limits: Type.Optional(KeyLimits),
  },
  { additionalProperties: false, description: 'A named key: exactly one of `key` or `sha256`.' },
)

export const ClientKey = Type.Union([
  Type.String({ minLength: 1, description: 'A plain key: unnamed, all models, no limits.' }),
  NamedKey,
])
export type ClientKey = Static<typeof ClientKey>

const QuotaStoreConfig = Type.Union(
  [
    Type.Object(
      { type: Type.Literal('memory') },
      {
        additionalProperties: false,
        description:
          "This process's memory: limits hold per process (each `--workers` worker and each " +
          'instance counts alone).',
      },
    ),
    Type.Object(
      {
        type: Type.Literal('redis'),
        url: Type.String({
          pattern: '^rediss?://',
          description: '`redis://[user:password@]host:port/db` (`rediss://` for TLS).',
        }),
        keyPrefix: Type.Optional(
          Type.String({ default: 'chatwire:', description: 'Prefix of every bucket key.' }),
        ),
        timeoutMs: Type.Optional(
          Type.Integer({
            minimum: 1,
            default: 250,
            description: 'Longest wait for Redis per call; past it `onStoreError` applies.',
          }),
        ),
      },
      { additionalProperties: false, description: 'Shared by every instance through Redis.' },
    ),
    Type.Object(
      { type: Type.Literal('durable-object') },
      {
        additionalProperties: false,
        description: 'Cloudflare Workers only: a Durable Object bound as `QUOTAS`.',
      },
    ),
  ],
  { default: { type: 'memory' }, description: 'Where per-key limits are counted.' },
)

export const GatewayAuth = Type.Object(
  {
    keys: Type.Array(ClientKey, {
      minItems: 1,
      description:
        'Accepted client keys (`Authorization: Bearer …`, `ApiKey …` or `Basic` with the key as ' +
        'password). Kept only as SHA-256 hashes once the gateway starts.',
    }),
    store: Type.Optional(QuotaStoreConfig),
    onStoreError: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('closed')], {
        default: D.onStoreError,
        description:
          'When the quota store fails or does not answer within its wait: `open` (default) lets ' +
          'the request through unlimited, counts `chatwire_quota_store_errors_total` and logs a ' +
          "warning (at most one per 30 s); `closed` answers 503 in the client's dialect.",
      }),
    ),
  },
  { additionalProperties: false, description: 'Absent: the gateway is open.' },
)
export type GatewayAuth = Static<typeof GatewayAuth>
