// The few Workers runtime types this app uses, declared here rather than through
// @cloudflare/workers-types, whose globals (Request, Response, fetch) clash with the DOM and Node
// types the workspace compiles against. Shapes from cloudflare/workerd types/defines/rpc.d.ts.
declare module 'cloudflare:workers' {
  /** Base class of a Durable Object whose public methods are called over RPC. */
  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState
    protected env: Env
    constructor(ctx: DurableObjectState, env: Env)
  }

  /**
   * Keeps the current request's context alive until `promise` settles: work started at the end of
   * a response (a quota settlement) is otherwise cancelled with it.
   */
  export function waitUntil(promise: Promise<unknown>): void

  export interface DurableObjectState {
    readonly storage: {
      /** SQLite-backed objects only: synchronous, so a read-modify-write is one atomic step. */
      readonly kv: {
        get<T = unknown>(key: string): T | undefined
        put<T>(key: string, value: T): void
        delete(key: string): boolean
      }
    }
  }
}
