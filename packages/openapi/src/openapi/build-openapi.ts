import { defaultDialects } from '@chatwire/dialects'
import {
  type DocumentableDialect,
  listDocumentedDialects,
} from '../dialect/list-documented-dialects'
import type { DialectExamples } from '../examples/dialect-examples'
import { buildDialectOpenApi } from './build-dialect-openapi'
import { buildGatewayOpenApi, type GatewayOpenApiOptions } from './build-gateway-openapi'
import type { OpenApiDocument } from './openapi-document'

export interface BuildOpenApiOptions {
  /**
   * One vendor document per dialect (default: `defaultDialects` of `@chatwire/dialects`); a
   * dialect without `docs` gets none.
   */
  dialects?: readonly DocumentableDialect[] | undefined
  /**
   * Also the gateway's document, as configured (its dialects and examples default to these
   * options').
   */
  gateway?: GatewayOpenApiOptions | undefined
  /** Fixture examples by dialect name. */
  examples?: Readonly<Record<string, DialectExamples | undefined>> | undefined
}

export interface OpenApiDocuments {
  /** By dialect name, in the order given. */
  dialects: Record<string, OpenApiDocument>
  gateway?: OpenApiDocument
}

export function buildOpenApi(options: BuildOpenApiOptions = {}): OpenApiDocuments {
  const given = options.dialects ?? defaultDialects
  const dialects = Object.fromEntries(
    listDocumentedDialects(given).map((dialect) => [
      dialect.name,
      buildDialectOpenApi(dialect, options.examples?.[dialect.name]),
    ]),
  )
  if (!options.gateway) return { dialects }
  const gateway = buildGatewayOpenApi({
    ...options.gateway,
    dialects: options.gateway.dialects ?? given,
    examples: options.gateway.examples ?? options.examples,
  })
  return { dialects, gateway }
}
