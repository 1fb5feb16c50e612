import type { DialectDocs } from '@chatwire/core'
import type { DialectExamples, NamedExample } from './dialect-examples'

/** The examples `keep` accepts by fixture name; an absent set stays empty. */
export function selectExamples(
  examples: DialectExamples | undefined,
  keep: (name: string) => boolean,
): DialectExamples {
  const pick = <T>(list: readonly NamedExample<T>[] = []) => list.filter(({ name }) => keep(name))
  return {
    requests: pick(examples?.requests),
    responses: pick(examples?.responses),
    streams: pick(examples?.streams),
    errors: pick(examples?.errors),
  }
}

/** Whether a fixture of the dialect is an example (not one it excludes as a mere test input). */
export function isDialectExample(docs: DialectDocs, name: string): boolean {
  return !(name in (docs.excludedFixtures ?? {}))
}
