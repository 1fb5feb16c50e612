import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `@chatwire/openai/internal` is the engine OpenAI-compatible dialects build on: it exports what
// they import and nothing more, so that what it promises stays small and every name has a user.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const SKIPPED = new Set(['node_modules', 'dist', '.turbo', 'coverage'])
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/
const NAMED = /\b(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g

/** The names a `{ a, type B, c as d }` list takes from its module (`c`, not `d`). */
function namesOf(list: string): string[] {
  return list
    .split(',')
    .map(
      (item) =>
        item
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0] ?? '',
    )
    .filter((name) => IDENTIFIER.test(name))
}

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (/\.(ts|tsx|mts)$/.test(entry.name)) yield path
  }
}

function exportedNames(): string[] {
  const text = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
  expect(text, 'export * would hide what the entry exports').not.toMatch(/export \*/)
  return [...text.matchAll(NAMED)].flatMap(([, list = '']) => namesOf(list)).sort()
}

function importedNames(): Set<string> {
  const own = fileURLToPath(new URL('.', import.meta.url))
  const names = new Set<string>()
  for (const top of ['packages', 'apps', 'tests']) {
    for (const file of sourceFiles(join(ROOT, top))) {
      if (file.startsWith(own)) continue
      for (const [, list = '', from] of readFileSync(file, 'utf8').matchAll(NAMED)) {
        if (from === '@chatwire/openai/internal') for (const name of namesOf(list)) names.add(name)
      }
    }
  }
  return names
}

describe('@chatwire/openai/internal', () => {
  it('exports only names another workspace file imports', () => {
    const used = importedNames()
    expect(exportedNames().filter((name) => !used.has(name))).toEqual([])
  })

  it.each([
    ['a, type B, c as d', ['a', 'B', 'c']],
    ['\n  decodeOpenAIUsage,\n  type OpenAIChatChunk,\n', ['decodeOpenAIUsage', 'OpenAIChatChunk']],
  ])('reads the names of %j', (list, names) => {
    expect(namesOf(list)).toEqual(names)
  })
})
