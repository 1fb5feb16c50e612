import { defaultDialects } from '@chatwire/dialects'
import {
  createGateway,
  type Gateway,
  type GatewayOptions,
  type QuotaStore,
} from '@chatwire/gateway/portable'
import {
  createDurableObjectQuotaStore,
  type QuotaBucketsNamespace,
} from './durable-object-quota-store'
import { readWorkerConfig, textBindings } from './read-worker-config'

type Dialects = NonNullable<GatewayOptions['dialects']>

/** The binding of the `QuotaBuckets` Durable Object namespace (`wrangler.toml`). */
const QUOTAS_BINDING = 'QUOTAS'

export type WorkerFetch = (request: Request, env: Record<string, unknown>) => Promise<Response>

export interface WorkerFetchOptions {
  /** `waitUntil` from `cloudflare:workers` (worker.ts), for work that outlives a response. */
  waitUntil?: (promise: Promise<unknown>) => void
  /** The dialects the gateway serves and calls (default: `defaultDialects`). */
  dialects?: Dialects
}

/**
 * The Worker's `fetch`: builds the gateway at the first request of an isolate (bindings are
 * only known then) and keeps it. A config that does not build is kept too and answered as a
 * 500 listing its problems (with no binding's value in it) until a new version is deployed,
 * rather than throwing on every request.
 */
export function createWorkerFetch(options: WorkerFetchOptions = {}): WorkerFetch {
  let built: { gateway: Gateway } | { failure: string } | undefined
  return async (request, env) => {
    built ??= buildGateway(env, options)
    if ('gateway' in built) return built.gateway.app.fetch(request)
    return configErrorResponse(built.failure, options.dialects ?? defaultDialects)
  }
}

function buildGateway(
  env: Record<string, unknown>,
  options: WorkerFetchOptions,
): { gateway: Gateway } | { failure: string } {
  try {
    const config = readWorkerConfig(env, options.dialects)
    const quotaStore =
      config.auth?.store?.type === 'durable-object' ? quotasOf(env, options) : undefined
    // Nothing binds a Worker to loopback: the DNS-rebinding check on `Host` applies to a server
    // on 127.0.0.1, not here (`server.allowedHosts` still narrows the names served).
    const bindHost = config.server?.host ?? '0.0.0.0'
    const dialects = options.dialects ? { dialects: options.dialects } : {}
    return {
      gateway: createGateway(config, {
        bindHost,
        ...dialects,
        ...(quotaStore ? { quotaStore } : {}),
      }),
    }
  } catch (error) {
    const failure = redactBindings(error instanceof Error ? error.message : String(error), env)
    console.error(`chatwire: the gateway config is invalid: ${failure}`)
    return { failure }
  }
}

function quotasOf(env: Record<string, unknown>, options: WorkerFetchOptions): QuotaStore {
  const namespace = env[QUOTAS_BINDING] as QuotaBucketsNamespace | undefined
  if (typeof namespace?.idFromName !== 'function') {
    throw new Error(
      `'auth.store': durable-object needs the ${QUOTAS_BINDING} Durable Object binding (see wrangler.toml)`,
    )
  }
  return createDurableObjectQuotaStore(
    namespace,
    options.waitUntil ? { waitUntil: options.waitUntil } : {},
  )
}

/** A problem may quote a substituted value (`'…' is not a URL`): no secret leaves that way. */
function redactBindings(text: string, env: Record<string, unknown>): string {
  let redacted = text
  const values = Object.values(textBindings(env)).filter((value) => value.length >= 4)
  for (const value of values.sort((a, b) => b.length - a.length)) {
    redacted = redacted.replaceAll(value, '[redacted]')
  }
  return redacted
}

/** The fallback (first) dialect's error envelope, as the gateway answers unknown paths. */
function configErrorResponse(failure: string, dialects: Dialects): Response {
  const message = `The chatwire gateway is not configured: ${failure}`
  const error = { kind: 'internal', status: 500, message, type: 'server_error' } as const
  const codec = dialects[0]?.codec
  if (!codec) return new Response(message, { status: 500 })
  const encoded = codec.encodeError({ ...error, code: 'invalid_config' })
  return new Response(encoded.body, { status: 500, headers: encoded.headers })
}
