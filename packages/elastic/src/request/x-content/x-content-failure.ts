/**
 * A Java exception as Elasticsearch renders it in an error body: its snake_case type, its message
 * (`reason`) and its cause. `param` is chatwire's path of the field where parsing stopped.
 */
export class XContentFailure extends Error {
  constructor(
    readonly type: string,
    readonly reason: string,
    readonly param: string,
    readonly causedBy?: XContentFailure,
  ) {
    super(reason)
  }
}

/** `XContentParseException`: ES prefixes its message with the token location `[line:col]`. */
export const parseFailure = (
  column: number | undefined,
  message: string,
  param: string,
  causedBy?: XContentFailure,
) =>
  new XContentFailure(
    'x_content_parse_exception',
    column === undefined ? message : `[1:${column}] ${message}`,
    param,
    causedBy,
  )

export const illegalArgument = (message: string, param: string) =>
  new XContentFailure('illegal_argument_exception', message, param)
