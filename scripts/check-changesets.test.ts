import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { matchesPatterns } from './check-changesets.mjs'

const SCRIPT = fileURLToPath(new URL('./check-changesets.mjs', import.meta.url))
const CONFIG = fileURLToPath(new URL('../.changeset/config.json', import.meta.url))
const PATTERNS: string[] = JSON.parse(readFileSync(CONFIG, 'utf8')).changedFilePatterns

// A workspace like this one, in a temporary git repository: two public packages and a private
// one on `main`, the repository's own .changeset/config.json. Each case branches off `main`.
let repo: string
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' })
const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
}
const manifest = (name: string, extra: object = {}) =>
  JSON.stringify({ name, version: '1.0.0', ...extra }, null, 2)
const changeset = (releases: Record<string, string>) =>
  `---\n${Object.entries(releases)
    .map(([name, type]) => `"${name}": ${type}`)
    .join('\n')}\n---\n\nA change.\n`

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'chatwire-changesets-test-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'test@example.invalid')
  git('config', 'user.name', 'test')
  write({
    'package.json': manifest('fixture-root', { private: true }),
    'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
    'packages/a/package.json': manifest('@fixture/a'),
    'packages/a/src/index.ts': 'export const a = 1\n',
    'packages/b/package.json': manifest('@fixture/b'),
    'packages/b/src/index.ts': 'export const b = 1\n',
    'packages/internal/package.json': manifest('@fixture/internal', { private: true }),
    'packages/internal/src/index.ts': 'export const internal = 1\n',
  })
  mkdirSync(join(repo, '.changeset'))
  copyFileSync(CONFIG, join(repo, '.changeset/config.json'))
  git('add', '.')
  git('commit', '-q', '-m', 'main')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

function check(files: Record<string, string>, env: Record<string, string> = {}) {
  git('checkout', '-q', '-B', 'change', 'main')
  write(files)
  git('add', '.')
  git('commit', '-q', '--allow-empty', '-m', 'change')
  const result = spawnSync(process.execPath, [SCRIPT], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CHATWIRE_CHANGESET_BASE: '', ...env },
  })
  git('checkout', '-q', 'main')
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const source = (name: string) => ({ [`packages/${name}/src/index.ts`]: 'export const x = 2\n' })
const onMain = { CHATWIRE_CHANGESET_BASE: 'main' }

describe('check-changesets (CI: every changed public package has a changeset)', () => {
  it.each([
    {
      name: 'a source change without any changeset',
      files: source('a'),
      status: 1,
      output: 'no changesets were found',
    },
    {
      name: 'two packages changed, the changeset names one',
      files: {
        ...source('a'),
        ...source('b'),
        '.changeset/a.md': changeset({ '@fixture/a': 'patch' }),
      },
      status: 1,
      output: 'without a changeset: @fixture/b.',
    },
    {
      name: 'two packages changed, each named',
      files: {
        ...source('a'),
        ...source('b'),
        '.changeset/ab.md': changeset({ '@fixture/a': 'minor', '@fixture/b': 'patch' }),
      },
      status: 0,
      output: '2 changed package(s) since main',
    },
    {
      name: 'only a test, a fixture and a README changed',
      files: {
        'packages/a/src/index.test.ts': 'test\n',
        'packages/a/src/__fixtures__/x.json': '{}\n',
        'packages/a/README.md': '# a\n',
      },
      status: 0,
      output: '0 changed package(s)',
    },
    {
      name: 'only a private package changed',
      files: source('internal'),
      status: 0,
      output: '0 changed package(s)',
    },
    {
      name: 'an empty changeset (no release needed)',
      files: { ...source('a'), '.changeset/none.md': '---\n---\n\nNothing to release.\n' },
      status: 0,
      output: '1 changed package(s)',
    },
  ])('$name', ({ files, status, output }) => {
    const result = check(files, onMain)
    expect(result.output).toContain(output)
    expect(result.status).toBe(status)
  })

  it('passes, saying it did not check, in a clone with no remote and no base set', () => {
    const result = check(source('a'))
    expect(result.output).toContain('not checked (no origin/main')
    expect(result.status).toBe(0)
  })

  it('compares with origin/main when there is one', () => {
    git('update-ref', 'refs/remotes/origin/main', 'main')
    try {
      const result = check(source('b'))
      expect(result.output).toContain('no changesets were found')
      expect(result.status).toBe(1)
    } finally {
      git('update-ref', '-d', 'refs/remotes/origin/main')
    }
  })

  it('fails when CHATWIRE_CHANGESET_BASE names nothing', () => {
    const result = check(source('a'), { CHATWIRE_CHANGESET_BASE: 'no-such-branch' })
    expect(result.output).toContain('CHATWIRE_CHANGESET_BASE=no-such-branch')
    expect(result.status).not.toBe(0)
  })
})

describe('matchesPatterns (the changedFilePatterns of .changeset/config.json)', () => {
  it.each([
    ['src/index.ts', true],
    ['package.json', true],
    ['src/dialect/openai-dialect.ts', true],
    ['src/index.test.ts', false],
    ['src/schema/chat-request.test-d.ts', false],
    ['src/__fixtures__/openai-chat.json', false],
    ['src/request/__snapshots__/x.test.ts.snap', false],
    ['src/test-support/cases.ts', false],
    ['bench/parse.bench.ts', false],
    ['README.md', false],
  ])('%s is a change of the package: %s', (file, expected) => {
    expect(matchesPatterns(file, PATTERNS)).toBe(expected)
  })
})
