import { fileURLToPath } from 'node:url'

/** The repository's `packages/` folder (this file is packages/openapi/src/node/locate-fixtures.ts). */
const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * The `src/__fixtures__` folder of the workspace package named after a dialect. Fixtures are not
 * published: this works in the chatwire repository, where the docs are generated.
 */
export function locateFixtures(dialect: string): string {
  return `${PACKAGES}${dialect}/src/__fixtures__`
}
