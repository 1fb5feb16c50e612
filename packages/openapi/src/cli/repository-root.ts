import { fileURLToPath } from 'node:url'

/** The chatwire repository root (this file is packages/openapi/src/cli/repository-root.ts). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

/** Where `pnpm run docs` writes: docs/schemas and docs/openapi. */
export const DOCS_DIRECTORY = `${REPOSITORY_ROOT}docs`
