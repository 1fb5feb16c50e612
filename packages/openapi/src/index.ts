export type { DocumentableDialect } from './dialect/list-documented-dialects'
export type { DialectExamples, ErrorFixture, NamedExample } from './examples/dialect-examples'
export { buildDialectOpenApi } from './openapi/build-dialect-openapi'
export { buildGatewayOpenApi, type GatewayOpenApiOptions } from './openapi/build-gateway-openapi'
export {
  type BuildOpenApiOptions,
  buildOpenApi,
  type OpenApiDocuments,
} from './openapi/build-openapi'
export { createStreamEventSchema } from './openapi/create-stream-event-schema'
export type { GatewayRouteName } from './openapi/gateway-operations'
export type { OpenApiDocument } from './openapi/openapi-document'
export { type BuildJsonSchemasOptions, buildJsonSchemas } from './schema/build-json-schemas'
export { createSchemaRegistry, type SchemaRegistry } from './schema/create-schema-registry'
export { JSON_SCHEMA_DIALECT, type JsonSchema } from './schema/json-schema'
