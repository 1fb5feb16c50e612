import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isDistCurrent } from './is-dist-current'
import { listPackageInputs } from './list-package-inputs'
import type { WorkspacePackage } from './list-public-packages'

/** Seconds from now: the root lockfile and configs count as inputs too, so times are far off. */
const at = (seconds: number) => Date.now() / 1000 + seconds

describe('isDistCurrent', () => {
  let dir = ''
  let pkg: WorkspacePackage
  const write = (path: string, seconds: number) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), '')
    utimesSync(join(dir, path), at(seconds), at(seconds))
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chatwire-dist-current-'))
    const manifest = { name: '@example/solo', version: '1.0.0' }
    pkg = { name: manifest.name, version: manifest.version, dir, manifest }
    write('package.json', 1000)
    write('src/index.ts', 1000)
  })

  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    ['is current when every dist file is newer than every input', ['dist/index.js'], true],
    ['is current with nested dist files', ['dist/index.js', 'dist/sub/index.d.ts'], true],
    ['is not current without a dist', [], false],
  ])('%s', (_, distFiles, current) => {
    for (const file of distFiles) write(file, 2000)
    expect(isDistCurrent(pkg, listPackageInputs(pkg))).toBe(current)
  })

  it('is not current after a source edit', () => {
    write('dist/index.js', 2000)
    write('src/index.ts', 3000)
    expect(isDistCurrent(pkg, listPackageInputs(pkg))).toBe(false)
  })

  it('is not current when one dist file is left from an older build', () => {
    write('dist/index.js', 2000)
    write('dist/removed.js', 500)
    expect(isDistCurrent(pkg, listPackageInputs(pkg))).toBe(false)
  })

  it('ignores test files, which the build does not read', () => {
    write('dist/index.js', 2000)
    write('src/index.test.ts', 3000)
    expect(isDistCurrent(pkg, listPackageInputs(pkg))).toBe(true)
  })
})
