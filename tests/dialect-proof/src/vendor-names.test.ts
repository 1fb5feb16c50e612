import { describe, expect, it } from 'vitest'
import { blankEngineImports, findVendorNames } from './find-vendor-names'
import { listTrackedFiles } from './list-tracked-files'
import { REPOSITORY_ROOT } from './repository-root'
import { isPolicedSource, REGISTRY_LIST, VENDORS, type Vendor } from './vendor-name-policy'

/** Code without its block and line comments (a `//` after a colon, as in a URL, is kept). */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')

// Issue #14, "Done when": a grep for each vendor name outside its own package, its tests and
// docs finds only the registry's list of default dialects.
describe('vendor names in the repository', () => {
  const files = listTrackedFiles(REPOSITORY_ROOT, isPolicedSource)

  it('reads the source, the registry list among it, which names every vendor', () => {
    const list = files.find((file) => file.path === REGISTRY_LIST)
    expect(list, `${REGISTRY_LIST} is tracked`).toBeDefined()
    for (const vendor of VENDORS) expect(list?.text.toLowerCase()).toContain(vendor)
    expect(files.length).toBeGreaterThan(100)
  })

  // The proof: acme works in them "without a line changed in them". Their comments may
  // take Acme as an example name (as core's contract does); their code may not know it.
  it.each(['apps/gateway/', 'packages/openapi/', 'packages/emulator/', 'packages/dialects/'])(
    '%s code never names acme, the dialect it serves in the proof',
    (folder) => {
      const inFolder = files.filter((file) => file.path.startsWith(folder))
      expect(inFolder.length).toBeGreaterThan(0)
      const named = inFolder.filter((file) => /acme/i.test(withoutComments(file.text)))
      expect(named.map((file) => file.path)).toEqual([])
    },
  )

  it.each(VENDORS)('%s is named outside its own package only in the registry list', (vendor) => {
    const hits = files.flatMap((file) => findVendorNames(file.path, file.text, vendor))
    expect(hits.map((hit) => `${hit.path}:${hit.line}: ${hit.text}`)).toEqual([])
  })
})

describe('findVendorNames', () => {
  const engineUse = [
    "import { decodeOpenAIUsage, type OpenAIChatChunk } from '@chatwire/openai/internal'",
    "export { encodeOpenAIUsage as encodeFooUsage } from '@chatwire/openai/internal'",
    'export const read = (chunk: OpenAIChatChunk) => decodeOpenAIUsage(chunk.usage)',
  ].join('\n')
  it.each<[string, string, Vendor, number[]]>([
    ['apps/gateway/src/app.ts', "const dialect = 'OpenAI'", 'openai', [1]],
    ['packages/emulator/src/cli.ts', '// as Elasticsearch does', 'elastic', [1]],
    ['packages/core/src/x.ts', '\n\nfriendliDialect', 'friendli', [3]],
    [
      'packages/dialects/src/index.ts',
      "export { octoaiDialect } from '@chatwire/octoai/dialect'",
      'octoai',
      [1],
    ],
    [REGISTRY_LIST, "import { openaiDialect } from '@chatwire/openai/dialect'", 'openai', []],
    ['packages/openai/src/openai-codec.ts', 'openaiCodec', 'openai', []],
    ['packages/elastic/src/x.ts', 'elasticCodec', 'elastic', []],
    ['packages/elastic/src/x.ts', '// providers behind it speak OpenAI', 'openai', [1]],
    ['packages/octoai/src/map/usage.ts', engineUse, 'openai', []],
    ['packages/friendli/src/map/usage.ts', engineUse, 'openai', []],
    ['packages/elastic/src/map/usage.ts', engineUse, 'openai', [1, 2, 3]],
    ['packages/octoai/src/x.ts', `${engineUse}\n// OpenAI-compatible`, 'openai', [4]],
    ['packages/friendli/src/x.ts', '// as OctoAI answers', 'octoai', [1]],
    ['apps/gateway/src/app.test.ts', 'openai', 'openai', []],
    ['apps/gateway/src/test-support/start-matrix.ts', 'openai', 'openai', []],
    ['apps/gateway/src/e2e/try-it-out.ts', 'openai', 'openai', []],
    ['apps/gateway/src/__fixtures__/x.ts', 'openai', 'openai', []],
    ['apps/gateway/bench/x.bench.ts', 'openai', 'openai', []],
    ['packages/testkit/src/fuzz/fuzz-target.ts', 'openai', 'openai', []],
    ['tests/dialect-fixture/src/acme-codec.ts', 'openai', 'openai', []],
    ['README.md', 'openai', 'openai', []],
    ['docs/openapi.json', 'openai', 'openai', []],
    ['apps/gateway/package.json', 'openai', 'openai', []],
  ])('%s with %j names %s on lines %j', (path, text, vendor, lines) => {
    expect(findVendorNames(path, text, vendor).map((hit) => hit.line)).toEqual(lines)
  })
})

describe('blankEngineImports', () => {
  const engine = /^@chatwire\/openai(?:\/[a-z]+)?$/
  const blank = (text: string) => text.replace(/\S/g, ' ')
  const single = "import { aOpenAI } from '@chatwire/openai'"
  const multi = "import {\n  x,\n  type Y,\n} from '@chatwire/openai/internal'"
  it.each([
    ["import { a } from '@chatwire/core'\na()", "import { a } from '@chatwire/core'\na()"],
    [`${single}\naOpenAI()`, `${blank(single)}\n       ()`],
    [`${multi}\nx(y as Y)`, `${blank(multi)}\n (y as  )`],
    ["import '@chatwire/openai'", blank("import '@chatwire/openai'")],
  ])('%j → %j', (text, expected) => {
    expect(blankEngineImports(text, engine)).toBe(expected)
  })
})

describe('withoutComments', () => {
  it.each([
    ['/** e.g. `acme` */\nconst a = 1', '\nconst a = 1'],
    [
      "const a = 1 // acme\nconst url = 'https://acme.test'",
      "const a = 1 \nconst url = 'https://acme.test'",
    ],
    ["export const dialect = 'acme'", "export const dialect = 'acme'"],
  ])('%j → %j', (text, expected) => {
    expect(withoutComments(text)).toBe(expected)
  })
})
