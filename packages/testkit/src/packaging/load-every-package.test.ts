import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject } from './create-consumer-project'
import { listPublicPackages } from './list-public-packages'
import { runCommand } from './run-command'

interface ExportTarget {
  default?: string
}

const packages = listPublicPackages()

/** Every entry point the exports map publishes (not `./package.json`), with its JS file. */
const entryPoints = packages.flatMap((pkg) => {
  const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8'))
  return Object.entries(manifest.exports as Record<string, ExportTarget | string>)
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => ({
      specifier: `${pkg.name}${subpath.slice(1)}`,
      file: join(pkg.name, typeof target === 'string' ? target : (target.default ?? '')),
    }))
})

describe('every public entry point, loaded alone from the installed tarballs', () => {
  let project = ''

  beforeAll(async () => {
    project = await createConsumerProject(packages, ['load-package.cjs'])
  }, 360_000)

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true })
  })

  it.concurrent.each(entryPoints)(
    '$specifier works through require() and import()',
    async ({ specifier, file }) => {
      const { code, stdout, stderr } = await runCommand(
        process.execPath,
        ['load-package.cjs', specifier],
        { cwd: project },
      )
      expect(code, stderr).toBe(0)
      expect(stderr).toBe('')
      const loaded = JSON.parse(stdout)
      expect(loaded.resolved).toBe(join(project, 'node_modules', file))
      expect(loaded.requiredExports.length).toBeGreaterThan(0)
      expect(loaded.requiredExports).toEqual(loaded.importedExports)
      expect(loaded.sameInstance).toBe(true)
    },
    120_000,
  )
})
