import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The `src/__fixtures__` folder of a workspace dialect package. Fixtures are not published:
 * this works in the chatwire repository, where the docs are generated.
 */
export function locateFixtures(dialect: string): string {
  const manifest = require.resolve(`@chatwire/${dialect}/package.json`)
  return join(dirname(manifest), 'src', '__fixtures__')
}
