// `pnpm bench`: runs every `bench/*.bench.ts` of every package and app, one after the other
// (never in parallel: they would measure each other). Each file prints its own ratios.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const only = process.argv[2]
const files = []
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(`${root}${group}`)) {
    const dir = `${root}${group}/${name}/bench`
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.bench.ts') && (!only || `${name}/${file}`.includes(only))) {
        files.push(`${group}/${name}/bench/${file}`)
      }
    }
  }
}
let failed = 0
for (const file of files) {
  console.log(`\n── ${file}`)
  const result = spawnSync(
    `${root}node_modules/.bin/tsx`,
    ['--conditions=@chatwire/source', file],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) failed++
}
if (files.length === 0) console.log('no benchmarks found')
process.exit(failed ? 1 : 0)
