import { type Static, Type } from '@sinclair/typebox'
import { GATEWAY_DEFAULTS } from './gateway-defaults'

const D = GATEWAY_DEFAULTS

/** The parts of the gateway config no dialect adds to (`create-gateway-config-schema.ts`). */

export const LossPolicy = Type.Union([Type.Literal('reject'), Type.Literal('allow-semantic')], {
  description:
    '`reject` (default): a semantic loss (tools, n>1, json_schema, …) is a 400 naming the field. ' +
    '`allow-semantic`: drop it like a hint and list it in `chatwire-dropped`.',
})
export type LossPolicy = Static<typeof LossPolicy>

const Timeouts = Type.Object(
  {
    connectMs: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: D.timeouts.connectMs,
        description: 'Establishing the connection to the upstream. Past it: 504.',
      }),
    ),
    firstByteMs: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: D.timeouts.firstByteMs,
        description:
          "Request sent → response head (a non-streamed answer's head comes after the whole " +
          'generation). Past it: 504.',
      }),
    ),
    idleMs: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: D.timeouts.idleMs,
        description:
          "Longest gap between two events of the upstream's answer. SSE comments (`: keep-alive`) " +
          'are not progress unless the route sets `commentsAreProgress`. Past it: 504 before the ' +
          "stream, the dialect's in-stream error during it.",
      }),
    ),
    totalMs: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: D.timeouts.totalMs,
        description: 'The whole attempt, from sending the request to the last byte.',
      }),
    ),
  },
  { additionalProperties: false, description: 'Waits on an upstream; each has a default.' },
)

export const Limits = Type.Object(
  {
    maxResponseBytes: Type.Optional(
      Type.Integer({
        minimum: 1024,
        default: D.limits.maxResponseBytes,
        description:
          'Largest upstream JSON answer, or stream aggregated for a non-streaming client, after ' +
          'decompression. Past it: 502, and the upstream connection is closed.',
      }),
    ),
    maxErrorBytes: Type.Optional(
      Type.Integer({
        minimum: 1024,
        default: D.limits.maxErrorBytes,
        description:
          'Largest upstream error answer read, after decompression; the rest is not read.',
      }),
    ),
    maxEventBytes: Type.Optional(
      Type.Integer({
        minimum: 1024,
        default: D.limits.maxEventBytes,
        description:
          "Largest single SSE line or event from an upstream. Past it: the dialect's in-stream " +
          'error, and the upstream connection is closed.',
      }),
    ),
  },
  { additionalProperties: false, description: 'Bounds on what is read from upstreams.' },
)
export type Limits = Static<typeof Limits>

export const Cors = Type.Object(
  {
    origins: Type.Array(Type.String({ minLength: 1 }), {
      minItems: 1,
      description:
        'Origins allowed to call the gateway from a browser (`https://app.example.com`), or ' +
        '`*` for any. Others get 403.',
    }),
    allowHeaders: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description:
          'Request headers a preflight allows; default: the headers the four SDKs send ' +
          '(`authorization`, `content-type`, `x-stainless-*`, …) — any the preflight asks for.',
      }),
    ),
    maxAgeSeconds: Type.Optional(
      Type.Integer({ minimum: 0, default: 600, description: 'Preflight cache time.' }),
    ),
  },
  { additionalProperties: false, description: 'CORS for chosen browser origins, with preflight.' },
)
export type Cors = Static<typeof Cors>

export const ServerSettings = Type.Object(
  {
    host: Type.Optional(Type.String({ minLength: 1, default: '127.0.0.1' })),
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, default: 8787 })),
    maxBodyBytes: Type.Optional(
      Type.Integer({
        minimum: 1024,
        default: D.server.maxBodyBytes,
        description: "Largest request body. Past it: 413 in the client's dialect.",
      }),
    ),
    maxConcurrentRequests: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: D.server.maxConcurrentRequests,
        description:
          'Chat requests in flight at once (streams included). Past it: 503 with ' +
          "`Retry-After` in the client's dialect.",
      }),
    ),
    maxInflightBodyBytes: Type.Optional(
      Type.Integer({
        minimum: 1024,
        default: D.server.maxInflightBodyBytes,
        description:
          'Request body bytes held by requests in flight at once. Past it: 503 with ' +
          '`Retry-After`.',
      }),
    ),
    maxModelLength: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: D.server.maxModelLength,
        description:
          'Longest model name (or path route key, such as an inference id). Past it: 400 in the ' +
          "client's dialect.",
      }),
    ),
    drainTimeoutMs: Type.Optional(
      Type.Integer({
        minimum: 0,
        default: D.server.drainTimeoutMs,
        description:
          'On SIGTERM/SIGINT the gateway stops accepting connections and lets requests and ' +
          'streams in flight finish for this long; streams still open then end with the ' +
          "client dialect's in-stream error, the rest are closed, and the process exits 0.",
      }),
    ),
    allowedHosts: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description:
          'Host names accepted in `Host` besides loopback ones. When the server is bound to ' +
          'a loopback address, any other `Host` gets 403 (DNS rebinding).',
      }),
    ),
    cors: Type.Optional(Cors),
  },
  { additionalProperties: false },
)

/** The upstream settings every dialect reads, before the dialects' own options. */
export const UPSTREAM_LEADING = {
  baseURL: Type.String({
    pattern: '^https?://',
    description:
      'Vendor base URL (`https://api.example.com/v1`); the dialect appends its chat path.',
  }),
  apiKey: Type.Optional(
    Type.String({
      description: "Sent in the dialect's own form (`Authorization: Bearer …` for most).",
    }),
  ),
}

/** The upstream settings every dialect reads, after the dialects' own options. */
export const UPSTREAM_TRAILING = {
  timeoutMs: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'Shorthand for `timeouts.firstByteMs` and `timeouts.idleMs` together (`timeouts` wins).',
    }),
  ),
  timeouts: Type.Optional(Timeouts),
  limits: Type.Optional(Limits),
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
}

/** The route settings every dialect reads, before the dialects' own route options. */
export const ROUTE_COMMON = {
  match: Type.String({
    minLength: 1,
    description:
      'Glob (`*`, `?`) on the model; for an inbound dialect that routes on a path parameter ' +
      '(an inference id), on that.',
  }),
  upstream: Type.String({ minLength: 1, description: 'Name of an entry in `upstreams`.' }),
  model: Type.Optional(Type.String({ minLength: 1, description: 'Rewrites the model.' })),
  fallbacks: Type.Optional(
    Type.Array(Type.String({ minLength: 1 }), {
      description: 'Upstreams tried in order when the previous one fails before the first byte.',
    }),
  ),
  losses: Type.Optional(LossPolicy),
  commentsAreProgress: Type.Optional(
    Type.Boolean({
      default: false,
      description:
        'Count SSE comments (`: keep-alive`) from the upstream as progress for `idleMs`.',
    }),
  ),
}
