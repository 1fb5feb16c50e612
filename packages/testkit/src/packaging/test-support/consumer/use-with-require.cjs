'use strict'
// `require()` of the ESM-only packed packages: Node >= 20.19 loads ESM synchronously.
const core = require('@chatwire/core')
const sse = require('@chatwire/sse')
const openai = require('@chatwire/openai')
const { exercisePackages } = require('./exercise-packages.cjs')

const names = ['@chatwire/core', '@chatwire/sse', '@chatwire/openai']

async function main() {
  const input = JSON.parse(process.argv[2])
  const result = await exercisePackages({ core, sse, openai }, input)
  const resolved = Object.fromEntries(names.map((name) => [name, require.resolve(name)]))
  // require() and import() must share one module instance, or `instanceof` breaks across them.
  const imported = await import('@chatwire/core')
  const sameInstanceAsImport = imported.ChatwireError === core.ChatwireError
  console.log(JSON.stringify({ resolved, sameInstanceAsImport, ...result }))
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
