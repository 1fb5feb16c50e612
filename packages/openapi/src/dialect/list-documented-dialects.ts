import type { Dialect, DialectDocs } from '@chatwire/core'

/** What the builders read of a dialect: its name and its docs (every `Dialect` is one). */
export type DocumentableDialect = Pick<Dialect, 'name' | 'docs'>

/** A dialect that has docs. */
export interface DocumentedDialect {
  name: string
  docs: DialectDocs
}

/** The dialects that have docs, in the order given: one without `docs` is left out. */
export function listDocumentedDialects(
  dialects: readonly DocumentableDialect[],
): DocumentedDialect[] {
  return dialects.flatMap(({ name, docs }) => (docs ? [{ name, docs }] : []))
}
