import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listPublicPackages, workspaceBin } from './list-public-packages'
import { packWorkspacePackage } from './pack-workspace-package'
import { runCommand, runOrThrow } from './run-command'

const packages = listPublicPackages()
const names = packages.map((pkg) => pkg.name)
const tarballs = new Map<string, string>()
let scratch = ''

const publint = (tarball: string) =>
  runCommand(workspaceBin('publint'), ['run', '--strict', tarball], { cwd: scratch })
const attw = (tarball: string) =>
  runCommand(workspaceBin('attw'), [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji'], {
    cwd: scratch,
  })

/**
 * A tarball with one flaw for each tool: `types` names CommonJS declarations for ESM code
 * (attw: "Masquerading as CJS"), and `./extra` names a file it does not ship (publint).
 */
async function packBrokenFixture(): Promise<string> {
  const dir = join(scratch, 'broken', 'package')
  mkdirSync(join(dir, 'dist'), { recursive: true })
  const exports = {
    '.': { types: './dist/index.d.cts', default: './dist/index.js' },
    './extra': './dist/extra.js',
  }
  const manifest = { name: 'broken-fixture', version: '1.0.0', type: 'module', exports }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest))
  writeFileSync(join(dir, 'dist', 'index.js'), 'export const answer = 42\n')
  writeFileSync(join(dir, 'dist', 'index.d.cts'), 'export declare const answer: number\n')
  const tarball = join(scratch, 'broken-fixture-1.0.0.tgz')
  await runOrThrow('tar', ['-czf', tarball, '-C', join(scratch, 'broken'), 'package'], {
    cwd: scratch,
  })
  return tarball
}

describe('every public package, built and packed as it would be published', () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'chatwire-lint-pkg-'))
    await Promise.all(
      packages.map(async (pkg) => tarballs.set(pkg.name, await packWorkspacePackage(pkg))),
    )
  }, 360_000)

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  it('finds the published packages and leaves the private ones out', () => {
    expect(names).toEqual(expect.arrayContaining(['@chatwire/core', '@chatwire/openai']))
    expect(names).not.toContain('@chatwire/testkit')
  })

  it('uses checks that reject a broken package', async () => {
    const broken = await packBrokenFixture()
    const [publintResult, attwResult] = await Promise.all([publint(broken), attw(broken)])
    expect(publintResult.code).not.toBe(0)
    expect(publintResult.stdout).toContain('./dist/extra.js but the file does not exist')
    expect(attwResult.code).not.toBe(0)
    expect(attwResult.stdout).toContain('Masquerading as CJS')
  }, 120_000)

  const checks = names.flatMap((name) => [
    { name, tool: 'publint --strict', run: publint },
    { name, tool: 'attw --profile esm-only', run: attw },
  ])
  it.concurrent.each(checks)(
    '$name passes $tool',
    async ({ name, run }) => {
      const { code, stdout, stderr } = await run(tarballs.get(name) as string)
      expect(code, `${stdout}\n${stderr}`).toBe(0)
    },
    120_000,
  )
})
