// `pnpm run docs`: writes docs/schemas/*.json and docs/openapi/*.json from the schemas and fixtures.

import { loadWorkspaceSchemas } from './cli/load-workspace-schemas'
import { DOCS_DIRECTORY, REPOSITORY_ROOT } from './cli/repository-root'
import { renderDocFiles } from './node/render-doc-files'
import { writeDocFiles } from './node/write-doc-files'

const files = renderDocFiles({ schemas: await loadWorkspaceSchemas(REPOSITORY_ROOT) })
const removed = writeDocFiles(DOCS_DIRECTORY, files)
console.log(`docs: wrote ${files.size} files to ${DOCS_DIRECTORY}`)
for (const path of removed) console.log(`docs: removed ${path}`)
