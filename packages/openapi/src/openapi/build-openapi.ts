import { type DialectInput, resolveDialects } from '../dialect/resolve-dialects'
import type { DialectExamples } from '../examples/dialect-examples'
import { buildDialectOpenApi } from './build-dialect-openapi'
import { buildGatewayOpenApi, type GatewayOpenApiOptions } from './build-gateway-openapi'
import type { OpenApiDocument } from './openapi-document'

export interface BuildOpenApiOptions {
  /** One vendor document per dialect. */
  dialects: readonly DialectInput[]
  /** Also the gateway's document, as configured (its examples default to `examples`). */
  gateway?: GatewayOpenApiOptions
  /** Fixture examples by dialect name. */
  examples?: Readonly<Record<string, DialectExamples | undefined>>
}

export interface OpenApiDocuments {
  /** By dialect name, in the order given. */
  dialects: Record<string, OpenApiDocument>
  gateway?: OpenApiDocument
}

export function buildOpenApi(options: BuildOpenApiOptions): OpenApiDocuments {
  const dialects = Object.fromEntries(
    resolveDialects(options.dialects).map((descriptor) => [
      descriptor.dialect,
      buildDialectOpenApi(descriptor, options.examples?.[descriptor.dialect]),
    ]),
  )
  if (!options.gateway) return { dialects }
  const gateway = buildGatewayOpenApi({ examples: options.examples, ...options.gateway })
  return { dialects, gateway }
}
