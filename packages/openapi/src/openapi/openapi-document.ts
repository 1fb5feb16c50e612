import type { JsonSchema } from '../schema/json-schema'

/** The parts of an OpenAPI 3.1 document chatwire writes; objects inside stay loosely typed. */
export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description?: string }
  servers: Array<{ url: string; description?: string }>
  tags: Array<{ name: string; description?: string }>
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, JsonSchema>
    securitySchemes?: Record<string, unknown>
  }
}
