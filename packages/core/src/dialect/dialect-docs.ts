import type { TSchema } from '@sinclair/typebox'

/** An OpenAPI 3.1 Security Scheme Object, under the name it gets in `components`. */
export interface SecurityDescriptor {
  name: string
  scheme: Readonly<Record<string, unknown>>
}

/** One kind of Server-Sent Event a streaming response carries. */
export interface StreamEventDescriptor {
  /** The `event:` field; absent for data-only events (the SSE default type `message`). */
  event?: string
  /** What the `data:` field holds, as JSON. */
  data: readonly TSchema[]
  /** Whether the terminator `data: [DONE]` comes as this kind of event. */
  done?: boolean
}

export interface ParameterDescriptor {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  description: string
  schema: TSchema
  example?: string
  /** It names the route, as `model` does elsewhere (a path parameter such as an inference id). */
  routeKey?: boolean
}

/** An OpenAPI Example Object for a request body. */
export interface RequestExample {
  summary: string
  description?: string
  value: unknown
}

/** The error answers of an operation, by status (`400`, `4XX`, `default`) and media type. */
export interface ErrorResponseDescriptor {
  status: string
  description: string
  /** Media type → the bodies it may carry (several: any one of them). */
  content: Readonly<Record<string, readonly TSchema[]>>
  /** Also `text/event-stream`: the error comes as an event of the dialect's stream (a stream-only API). */
  stream?: boolean
}

export interface OperationDescriptor {
  /** Unique within the dialect; documents prefix it with the dialect name. */
  operationId: string
  summary: string
  description?: string
  /** The path on the vendor's own host. */
  vendorPath: string
  /** Operation-level servers, when not the vendor's (a self-hosted container). */
  servers?: ReadonlyArray<Readonly<Record<string, unknown>> & { url: string }>
  /** The path the chatwire gateway serves this operation at; absent when it does not. */
  gatewayPath?: string
  parameters?: readonly ParameterDescriptor[]
  /** The request body schema, when it differs from the dialect's (a tool-assisted endpoint). */
  request?: TSchema
  /** Which fixtures illustrate this operation, by name (default: all of the dialect's). */
  fixtures?: (name: string) => boolean
  /**
   * Request bodies to try the gateway's operation with ("Try it out"), by name, the first the
   * default; `routeKey` is the model a route of the gateway matches.
   */
  requestExamples?: (routeKey: string) => Readonly<Record<string, RequestExample>>
}

/** Everything a document needs to know about one dialect's wire format. */
export interface DialectDocs {
  /** The OpenAPI tag of its operations, e.g. `Acme`. Also prefixes generated schema names. */
  tag: string
  title: string
  description: string
  /** `info.version` of the vendor document: the API version described. */
  apiVersion: string
  /** OpenAPI Server Objects of the vendor. */
  servers: ReadonlyArray<Readonly<Record<string, unknown>> & { url: string }>
  /** Alternatives: any one of them authenticates a request. */
  security: readonly SecurityDescriptor[]
  request: TSchema
  /** The JSON answer; absent for stream-only dialects (a stream-only API). */
  response?: TSchema
  /** What `.response.json` fixtures hold, when not `response` (a stream-only API: a whole-result chunk). */
  responseFixtures?: readonly TSchema[]
  /** The events of a `text/event-stream` answer, in the order a reader should see them. */
  streamEvents: readonly StreamEventDescriptor[]
  /** How a caller asks for a stream, for the response description. */
  streaming: 'stream-flag' | 'always'
  errors: readonly ErrorResponseDescriptor[]
  operations: readonly OperationDescriptor[]
  /** Fixtures that are test inputs, not examples (e.g. a vendor doc's malformed event): why. */
  excludedFixtures?: Readonly<Record<string, string>>
  /** The model request examples name when the gateway gives none. */
  exampleRouteKey?: string
  /** Every export of the dialect package; the ones with an `$id` are its published schemas. */
  exports: Readonly<Record<string, unknown>>
}
