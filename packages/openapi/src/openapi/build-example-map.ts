import type { NamedExample } from '../examples/dialect-examples'

/** An OpenAPI `examples` map, one entry per fixture, in name order; `undefined` when empty. */
export function buildExampleMap(
  examples: readonly NamedExample<unknown>[],
): Record<string, { summary: string; value: unknown }> | undefined {
  if (examples.length === 0) return undefined
  const sorted = [...examples].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return Object.fromEntries(
    sorted.map(({ name, value }) => [name, { summary: `Fixture ${name}`, value }]),
  )
}
