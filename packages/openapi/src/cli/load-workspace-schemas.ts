import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Schemas of workspace apps published with the docs. apps/gateway depends on this package, so
 * its config schema is loaded by path at generation time rather than imported.
 */
const WORKSPACE_SCHEMAS = [
  { file: 'apps/gateway/src/config/gateway-config.ts', exportName: 'GatewayConfig' },
] as const

export async function loadWorkspaceSchemas(root: string): Promise<unknown[]> {
  return Promise.all(
    WORKSPACE_SCHEMAS.map(async ({ file, exportName }) => {
      const path = join(root, file)
      if (!existsSync(path)) throw new Error(`${file} is missing: where is ${exportName} now?`)
      const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>
      if (!module[exportName]) throw new Error(`${file} does not export ${exportName}`)
      return module[exportName]
    }),
  )
}
