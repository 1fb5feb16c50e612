import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileGlob } from '../apps/gateway/src/routing/compile-glob'

// `npm test` type-checks the repository as one program (tsconfig.workspace.json); this keeps that
// program covering every path each project's own tsconfig.json includes, so a new package or a
// new include (a `bench` or `examples` folder) cannot slip out of the check.
const root = fileURLToPath(new URL('..', import.meta.url))
/** Checked by their own steps of `npm test`, with allowJs. */
const OWN_STEP = new Set(['tests/packaging', 'scripts'])

/** Reads a tsconfig file: JSON with `//` line comments. */
const readTsconfig = (path: string): { include?: string[]; extends?: string } =>
  JSON.parse(readFileSync(path, 'utf8').replace(/^\s*\/\/.*$/gm, ''))

const projects = ['packages', 'apps', 'tests'].flatMap((group) =>
  readdirSync(join(root, group))
    .map((name) => `${group}/${name}`)
    .filter((dir) => existsSync(join(root, dir, 'tsconfig.json')) && !OWN_STEP.has(dir)),
)
const workspace = readTsconfig(join(root, 'tsconfig.workspace.json'))

/**
 * A tsconfig pattern covers a path (itself maybe a pattern) when they have as many segments and
 * each path segment matches the pattern's as a glob (`*` any run of characters, `?` one): the
 * gateway's model-name glob matcher.
 */
const covers = (pattern: string, path: string) => {
  const wanted = pattern.split('/')
  const segments = path.split('/')
  return (
    wanted.length === segments.length &&
    wanted.every((segment, index) => compileGlob(segment)(segments[index] ?? ''))
  )
}

describe('tsconfig.workspace.json', () => {
  it('extends the same base options every project uses', () => {
    expect(workspace.extends).toBe('./tsconfig.base.json')
    expect(projects.length).toBeGreaterThan(10)
  })

  it.each(projects)('includes everything %s/tsconfig.json includes', (dir) => {
    const own = readTsconfig(join(root, dir, 'tsconfig.json'))
    expect(own.extends).toBe('../../tsconfig.base.json')
    for (const entry of own.include ?? []) {
      const path = `${dir}/${entry}`
      expect(
        workspace.include?.some((pattern) => covers(pattern, path)),
        path,
      ).toBe(true)
    }
  })

  it.each([
    ['packages/*/src', 'packages/core/src', true],
    ['tests/*/*.ts', 'tests/bundle/*.ts', true],
    ['tests/*/*.ts', 'tests/dialect-proof/*.config.ts', true],
    ['apps/*/bench', 'packages/openai/examples', false],
    ['packages/*/*.config.ts', 'packages/core/src', false],
    ['packages/*/src', 'packages/core/src/schema', false],
  ])('%s covers %s: %s', (pattern, path, expected) => {
    expect(covers(pattern, path)).toBe(expected)
  })
})
