import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import * as core from '../../packages/core/src/index'
import {
  compileSchemaWithTypeBox,
  findFirstErrorWithTypeBox,
} from '../../packages/core/src/validate/compile-schema-with-typebox'
import { findFirstError } from '../../packages/core/src/validate/find-first-error'
import { listMutations } from '../../packages/core/src/validate/list-mutations'
import * as elastic from '../../packages/elastic/src/index'
import * as friendli from '../../packages/friendli/src/index'
import * as octoai from '../../packages/octoai/src/index'
import * as openai from '../../packages/openai/src/index'
import { ROOT } from '../packaging/repository-paths'
import { collectCanonicalPayloads } from './collect-canonical-payloads'
import { collectWirePayloads, type WirePayload } from './collect-wire-payloads'

// The proof that dropping TypeBox's compiler from the bundles changed nothing: over every wire
// payload in every codec's fixtures (bodies, stream chunks, error bodies), the canonical values
// the codec makes of them, and the near misses of each (a dropped required field, a wrong type,
// an out-of-range number, an unknown property, a wrong enum value or literal, nested array items),
// chatwire's `compileSchema` gives TypeBox's verdict, TypeBox's first error and the same
// FieldProblem, for every schema the codec and core export.

type TSchema = Parameters<typeof core.compileSchema>[0]
const KIND = Symbol.for('TypeBox.Kind')
const schemasOf = (module: object): [string, TSchema][] =>
  Object.entries(module).filter(
    (entry): entry is [string, TSchema] =>
      typeof entry[1] === 'object' && entry[1] !== null && KIND in entry[1],
  )

const CODECS = [
  { name: 'openai', module: openai, codec: openai.openaiCodec },
  { name: 'elastic', module: elastic, codec: elastic.elasticCodec },
  { name: 'octoai', module: octoai, codec: octoai.octoaiCodec },
  { name: 'friendli', module: friendli, codec: friendli.friendliCodec },
]
/** Near misses per valid payload: enough for every field of the largest fixture. */
const MUTATIONS = 400

function dedupe(payloads: WirePayload[]): WirePayload[] {
  const seen = new Set<string>()
  return payloads.filter(({ value }) => {
    const key = JSON.stringify(value)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

describe.each(CODECS)('$name: compileSchema answers as TypeBox does', ({ name, module, codec }) => {
  const dir = `${ROOT}packages/${name}/src/__fixtures__`
  const payloads = dedupe([...collectWirePayloads(dir), ...collectCanonicalPayloads(codec, dir)])
  const schemas = [...schemasOf(module), ...schemasOf(core)]

  it('on every fixture payload for every schema, and on the near misses of each valid one', () => {
    const mismatches: unknown[] = []
    let compared = 0
    let invalid = 0
    for (const [schemaName, schema] of schemas) {
      const ours = core.compileSchema(schema)
      const oracle = compileSchemaWithTypeBox(schema)
      const compare = (payload: string, value: unknown) => {
        compared++
        const verdict = oracle.check(value)
        if (!verdict) invalid++
        const expected = {
          verdict,
          problem: oracle.firstProblem(value),
          first: findFirstErrorWithTypeBox(schema, value),
        }
        const actual = {
          verdict: ours.check(value),
          problem: ours.firstProblem(value),
          first: findFirstError(schema, value),
        }
        if (!isDeepStrictEqual(actual, expected))
          mismatches.push({ schemaName, payload, value, expected, actual })
      }
      for (const { name: payload, value } of payloads) {
        compare(payload, value)
        if (!oracle.check(value)) continue
        listMutations(value, MUTATIONS).forEach((mutation, index) => {
          compare(`${payload} mutation ${index}`, mutation)
        })
      }
    }
    expect(mismatches.slice(0, 3)).toEqual([])
    // Not vacuous: real payloads, thousands of comparisons on either path.
    expect(payloads.length).toBeGreaterThan(10)
    expect(invalid).toBeGreaterThan(1_000)
    expect(compared - invalid).toBeGreaterThan(1_000)
    console.log(
      `${name}: ${compared} comparisons (${invalid} invalid) over ${schemas.length} schemas and ${payloads.length} payloads`,
    )
  })
})
