import type { DialectName } from '../dialect/dialect-descriptor'
import { DIALECT_DESCRIPTORS } from '../dialect/dialect-descriptors'
import type { DialectExamples } from '../examples/dialect-examples'
import { buildOpenApi } from '../openapi/build-openapi'
import { buildJsonSchemas } from '../schema/build-json-schemas'
import { loadDialectExamples } from './load-dialect-examples'
import { locateFixtures } from './locate-fixtures'

export interface DocFilesOptions {
  /** More schemas to publish beside core's and the dialects', e.g. the gateway's `GatewayConfig`. */
  schemas?: readonly unknown[]
}

/**
 * The generated docs, by path relative to the docs folder: `schemas/<$id>.json` for every named
 * schema, `openapi/<dialect>.json` per dialect and `openapi/gateway.json`, with the fixtures as
 * examples. Same input, same bytes.
 */
export function renderDocFiles(options: DocFilesOptions = {}): Map<string, string> {
  const dialects = Object.keys(DIALECT_DESCRIPTORS).sort() as DialectName[]
  const examples: Record<string, DialectExamples> = Object.fromEntries(
    dialects.map((dialect) => [dialect, loadDialectExamples(locateFixtures(dialect))]),
  )
  const documents = buildOpenApi({ dialects, examples, gateway: { dialects } })
  const files = new Map<string, string>()
  for (const [id, schema] of Object.entries(buildJsonSchemas({ dialects, ...options }))) {
    files.set(`schemas/${id}.json`, toJsonText(schema))
  }
  for (const [dialect, document] of Object.entries(documents.dialects)) {
    files.set(`openapi/${dialect}.json`, toJsonText(document))
  }
  files.set('openapi/gateway.json', toJsonText(documents.gateway))
  return files
}

/** Pretty JSON; the BOMs of Elastic examples escaped (same value), so no file hides one. */
function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replaceAll('\uFEFF', '\\ufeff')}\n`
}
