import { defaultDialects } from '@chatwire/dialects'
import type { DocumentableDialect } from '../dialect/list-documented-dialects'
import type { DialectExamples } from '../examples/dialect-examples'
import { buildOpenApi } from '../openapi/build-openapi'
import { buildJsonSchemas } from '../schema/build-json-schemas'
import { loadDialectExamples } from './load-dialect-examples'
import { locateFixtures } from './locate-fixtures'

export interface DocFilesOptions {
  /** More schemas to publish beside core's and the dialects', e.g. the gateway's `GatewayConfig`. */
  schemas?: readonly unknown[] | undefined
  /** The dialects documented (default: `defaultDialects`); written in name order. */
  dialects?: readonly DocumentableDialect[] | undefined
  /** The folder of a dialect's fixtures, by its name (default: its workspace package's). */
  fixtures?: ((dialect: string) => string) | undefined
}

/**
 * The generated docs, by path relative to the docs folder: `schemas/<$id>.json` for every named
 * schema, `openapi/<dialect>.json` per dialect with docs and `openapi/gateway.json`, with the
 * fixtures as examples. Same input, same bytes.
 */
export function renderDocFiles(options: DocFilesOptions = {}): Map<string, string> {
  const dialects = [...(options.dialects ?? defaultDialects)]
    .filter(({ docs }) => docs !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const locate = options.fixtures ?? locateFixtures
  const examples: Record<string, DialectExamples> = Object.fromEntries(
    dialects.map(({ name }) => [name, loadDialectExamples(locate(name))]),
  )
  const documents = buildOpenApi({ dialects, examples, gateway: { dialects } })
  const files = new Map<string, string>()
  for (const [id, schema] of Object.entries(
    buildJsonSchemas({ dialects, schemas: options.schemas }),
  )) {
    files.set(`schemas/${id}.json`, toJsonText(schema))
  }
  for (const [dialect, document] of Object.entries(documents.dialects)) {
    files.set(`openapi/${dialect}.json`, toJsonText(document))
  }
  files.set('openapi/gateway.json', toJsonText(documents.gateway))
  return files
}

/** Pretty JSON; byte order marks in examples escaped (same value), so no file hides one. */
function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replaceAll('\uFEFF', '\\ufeff')}\n`
}
