/** An HTTP error answer as a fixture keeps it: the body is raw text, JSON or not. */
export interface ErrorFixture {
  status: number
  headers?: Record<string, string> | undefined
  body: string
}

export interface NamedExample<T> {
  /** The fixture name, e.g. `acme-tool-call` for `acme-tool-call.request.json`. */
  name: string
  value: T
}

/** A dialect's fixtures, grouped by what they show; each list sorted by name. */
export interface DialectExamples {
  requests: NamedExample<unknown>[]
  responses: NamedExample<unknown>[]
  /** Raw `text/event-stream` bodies. */
  streams: NamedExample<string>[]
  errors: NamedExample<ErrorFixture>[]
}
