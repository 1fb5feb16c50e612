/**
 * A description kept outside its schema: the path to the schema node from a module's exports
 * (keys joined by `/`), the position of `description` among the node's keys, and the text.
 */
export type SchemaDescription = readonly [path: string, index: number, text: string]

/**
 * Puts descriptions kept outside the schemas back on them, in place and at the key position they
 * had, so what is generated from the schemas (OpenAPI, JSON Schema) is what it was when the
 * schemas carried them. Codecs keep their long descriptions out of the schemas a browser bundle
 * imports; only documentation needs them. Applying twice changes nothing.
 */
export function applySchemaDescriptions(
  exports: Record<string, unknown>,
  descriptions: readonly SchemaDescription[],
): void {
  for (const [path, index, text] of descriptions) {
    let node = exports as Record<string, unknown>
    for (const key of path.split('/')) node = node[key] as Record<string, unknown>
    if (node.description === text) continue
    const entries = Object.entries(node).filter(([key]) => key !== 'description')
    entries.splice(index, 0, ['description', text])
    for (const [key] of entries) delete node[key]
    for (const [key, value] of entries) node[key] = value
  }
}
