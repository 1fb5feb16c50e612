'use strict'
// `node load-package.cjs <specifier>`: loads one entry point of a packed package, alone in a
// fresh process, through require() and import(), and prints what each gave.
const specifier = process.argv[2]

async function main() {
  const required = require(specifier)
  const imported = await import(specifier)
  const importedExports = Object.keys(imported).sort()
  console.log(
    JSON.stringify({
      resolved: require.resolve(specifier),
      requiredExports: Object.keys(required).sort(),
      importedExports,
      sameInstance: importedExports.every((key) => imported[key] === required[key]),
    }),
  )
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
