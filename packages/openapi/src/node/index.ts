export { createDocsHandler, type DocsHandler, type DocsHandlerOptions } from './create-docs-handler'
export { loadDialectExamples } from './load-dialect-examples'
