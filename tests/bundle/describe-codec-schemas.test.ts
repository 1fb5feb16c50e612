import { describe, expect, it } from 'vitest'
import { describeElasticSchemas } from '../../packages/elastic/src/docs/index'
import * as elastic from '../../packages/elastic/src/index'
import { describeFriendliSchemas } from '../../packages/friendli/src/docs/index'
import * as friendli from '../../packages/friendli/src/index'
import { describeOctoAISchemas } from '../../packages/octoai/src/docs/index'
import * as octoai from '../../packages/octoai/src/index'
import { describeOpenAISchemas } from '../../packages/openai/src/docs/index'
import * as openai from '../../packages/openai/src/index'
import * as openaiChatChunk from '../../packages/openai/src/schema/openai-chat-chunk'
import * as openaiChatMessage from '../../packages/openai/src/schema/openai-chat-message'
import * as openaiChatRequest from '../../packages/openai/src/schema/openai-chat-request'
import * as openaiChatResponse from '../../packages/openai/src/schema/openai-chat-response'
import * as openaiErrorBody from '../../packages/openai/src/schema/openai-error-body'
import * as openaiLogprobs from '../../packages/openai/src/schema/openai-logprobs'
import * as openaiTool from '../../packages/openai/src/schema/openai-tool'
import * as openaiUsage from '../../packages/openai/src/schema/openai-usage'

// Each codec keeps its schemas' descriptions in its `./docs` entry (they weigh ~3 KB gzip on every
// browser bundle, see bundle-budget.test.ts); `describe<X>Schemas()` puts them back for the
// generated documentation. The snapshots are the schemas as they were when they carried their
// descriptions (openai and friendli from 2252df1^, elastic and octoai from before their move):
// after describe every exported schema must serialise to exactly that JSON, key order included.
// A schema change updates them with `vitest run tests/bundle -u`.
const CODECS = [
  {
    name: 'openai',
    main: openai,
    // Every schema module: the internal entry exports only what other dialects import.
    entries: [
      openaiChatChunk,
      openaiChatMessage,
      openaiChatRequest,
      openaiChatResponse,
      openaiErrorBody,
      openaiLogprobs,
      openaiTool,
      openaiUsage,
      openai,
    ],
    describe: describeOpenAISchemas,
  },
  { name: 'elastic', main: elastic, entries: [elastic], describe: describeElasticSchemas },
  { name: 'octoai', main: octoai, entries: [octoai], describe: describeOctoAISchemas },
  { name: 'friendli', main: friendli, entries: [friendli], describe: describeFriendliSchemas },
]

const isSchema = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Symbol.for('TypeBox.Kind') in value

const hasDescription = (node: unknown): boolean =>
  typeof node === 'object' &&
  node !== null &&
  (typeof (node as { description?: unknown }).description === 'string' ||
    Object.values(node).some(hasDescription))

const serialiseSchemas = (entries: readonly object[]): string => {
  const schemas: Record<string, unknown> = {}
  for (const entry of entries) {
    for (const [name, value] of Object.entries(entry)) if (isSchema(value)) schemas[name] = value
  }
  // By name: a module namespace's key order differs between Node and Vitest's module runner.
  const byName = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : 1)))
  return `${JSON.stringify(byName, null, 2)}\n`
}

// Each `it` describes first, so the main-entry check runs in its own file (tests are isolated per
// file) before anything is described: keep it first.
describe.each(CODECS)(
  '@chatwire/$name schema descriptions',
  ({ name, main, entries, describe }) => {
    it('the schemas the main entry exports carry no description', () => {
      const described = Object.entries(main).filter(([, value]) => hasDescription(value))
      expect(described.map(([exported]) => exported)).toEqual([])
    })

    it('describe puts every one back: the schemas serialise to their original JSON', async () => {
      describe()
      const json = serialiseSchemas(entries)
      await expect(json).toMatchFileSnapshot(`./__snapshots__/described-schemas/${name}.json`)
    })

    it('describing twice changes nothing', () => {
      describe()
      const once = serialiseSchemas(entries)
      describe()
      expect(serialiseSchemas(entries)).toBe(once)
    })
  },
)
