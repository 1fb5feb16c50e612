import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROOT } from './repository-paths'

// House habits every package.json keeps: the license of LICENSE and where the source is, and one
// version (pnpm-workspace.yaml's `catalog:`) for every dependency two or more packages use.

const REPOSITORY = 'git+https://github.com/chatwire/chatwire.git'
const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']

interface Manifest {
  name: string
  license?: string
  repository?: { type?: string; url?: string; directory?: string }
  [section: string]: unknown
}

const workspaceFile = readFileSync(`${ROOT}pnpm-workspace.yaml`, 'utf8')
/** The top-level YAML block `name:`, as its indented lines. */
const blockOf = (name: string) =>
  (new RegExp(`^${name}:\\n((?:[ \\t]+.*\\n?)*)`, 'm').exec(workspaceFile)?.[1] ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
const unquote = (text: string) => text.trim().replace(/^(['"])(.*)\1$/, '$2')

/** Every workspace folder (`packages:` globs, one `*` at the end at most), root first. */
const folders = [
  '',
  ...blockOf('packages').flatMap((line) => {
    const glob = unquote(line.replace(/^\s*-\s*/, ''))
    if (!glob.endsWith('/*')) return [glob]
    const parent = glob.slice(0, -2)
    return readdirSync(`${ROOT}${parent}`).map((name) => `${parent}/${name}`)
  }),
].filter((folder) => existsSync(`${ROOT}${folder}${folder ? '/' : ''}package.json`))
const manifests = folders.map((folder) => ({
  folder,
  manifest: JSON.parse(
    readFileSync(`${ROOT}${folder}${folder ? '/' : ''}package.json`, 'utf8'),
  ) as Manifest,
}))
const catalog = new Map(
  blockOf('catalog').map((line) => {
    const [name = '', range = ''] = line.split(/:\s+/)
    return [unquote(name), unquote(range)]
  }),
)
/** name → the specifier each manifest gives it, workspace links left out. */
const uses = new Map<string, { folder: string; specifier: string }[]>()
for (const { folder, manifest } of manifests) {
  for (const section of SECTIONS) {
    const entries = Object.entries((manifest[section] ?? {}) as Record<string, string>)
    for (const [name, specifier] of entries) {
      if (specifier.startsWith('workspace:')) continue
      uses.set(name, [...(uses.get(name) ?? []), { folder: folder || '.', specifier }])
    }
  }
}

describe('workspace manifests', () => {
  it('finds the root, the packages, the apps and the test packages', () => {
    expect(folders).toEqual(expect.arrayContaining(['', 'packages/core', 'apps/gateway']))
  })

  it('has an MIT LICENSE', () => {
    expect(readFileSync(`${ROOT}LICENSE`, 'utf8')).toMatch(/^MIT License\n/)
  })

  it.each(manifests)(
    '$folder declares the MIT license and its repository',
    ({ folder, manifest }) => {
      expect(manifest.license).toBe('MIT')
      expect(manifest.repository).toEqual({
        type: 'git',
        url: REPOSITORY,
        ...(folder ? { directory: folder } : {}),
      })
    },
  )

  it('takes every dependency two or more packages use from the catalog', () => {
    const shared = [...uses].filter(([, list]) => list.length >= 2)
    const inline = shared.flatMap(([name, list]) =>
      list.filter((use) => use.specifier !== 'catalog:').map((use) => `${use.folder}: ${name}`),
    )
    expect(inline).toEqual([])
  })

  it('catalogs only dependencies two or more packages use, each with a range', () => {
    const entries = [...catalog].map(([name, range]) => ({
      name,
      range,
      users: (uses.get(name) ?? []).length,
    }))
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.filter(({ users, range }) => users < 2 || range === '')).toEqual([])
  })

  it('names only cataloged dependencies as catalog:', () => {
    const missing = [...uses].flatMap(([name, list]) =>
      list.some((use) => use.specifier === 'catalog:') && !catalog.has(name) ? [name] : [],
    )
    expect(missing).toEqual([])
  })
})
