import {
  aggregateChatStream,
  type ChatError,
  type ChatResponse,
  type ChatStreamPart,
  ChatwireError,
} from '@chatwire/core'
import { describe, expect, it } from 'vitest'
import {
  type ErrorFixture,
  type Fixtures,
  loadFixtures,
  type RequestFixture,
  type ResponseFixture,
  type StreamFixture,
} from '../load-fixtures'
import { decodeBytes, encodeParts } from '../run-codec-stream'
import type { CrossFormatMember, KnownRejection, PathReasons } from './cross-format-member'
import {
  type CanonicalDifference,
  listCanonicalDifferences,
  toPathPattern,
} from './list-canonical-differences'
import { toComparableRequest } from './to-comparable-request'
import { toComparableResponse } from './to-comparable-response'
import { withoutLostPaths } from './without-lost-paths'

export interface CrossFormatMatrixOptions {
  /** Pairs known to write a body the target's own server rejects (each must still fail so). */
  knownRejections?: readonly KnownRejection[]
}

interface Pair {
  label: string
  source: CrossFormatMember
  target: CrossFormatMember
  fixtures: Fixtures
}

const isUnder = (path: string, prefix: string) =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)

const format = ({ path, before, after }: CanonicalDifference) =>
  `${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`

/**
 * The differences a declaration does not explain: a field the target fills in (`defaults`, only
 * where the source said nothing), or has no place for (`unsaid`, only where it is now missing).
 * Every declaration that explains one is recorded in `used`.
 */
function unexplained(
  differences: readonly CanonicalDifference[],
  target: string,
  used: Set<string>,
  defaults: PathReasons = {},
  unsaid: PathReasons = {},
): string[] {
  const explainedBy = (difference: CanonicalDifference) => {
    const pattern = toPathPattern(difference.path)
    const declared =
      difference.before === undefined
        ? Object.keys(defaults)
        : difference.after === undefined
          ? Object.keys(unsaid)
          : []
    return declared.find((prefix) => isUnder(pattern, prefix))
  }
  const left: string[] = []
  for (const difference of differences) {
    const by = explainedBy(difference)
    if (by === undefined) left.push(format(difference))
    else used.add(`${target} ${by}`)
  }
  return left
}

async function aggregate(parts: readonly ChatStreamPart[]): Promise<ChatResponse> {
  const chunks = parts.filter((part) => part.type === 'chunk')
  const stream = new ReadableStream<ChatStreamPart>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.enqueue({ type: 'done' })
      controller.close()
    },
  })
  return aggregateChatStream(stream)
}

const errorKey = (error: ChatError) => `${error.kind}/${error.status}`

const familyOf = (member: CrossFormatMember) => member.family ?? member.name

/**
 * Every codec × every codec over every member's fixtures. For each pair (A, B):
 * - a request decoded by A, encoded for B and decoded by B keeps everything B's encoder did not
 *   report lost (compared canonically: what the two may say alike is put one way), and B's
 *   server accepts it;
 * - a response, and a stream aggregated (core's `aggregateChatStream`), keep everything but what
 *   B declares it has no place for; a stream ends as it ended, with its error's message;
 * - an error keeps its kind and status (or B's declared reading of them) and `Retry-After`.
 */
export function describeCrossFormatMatrix(
  members: readonly CrossFormatMember[],
  options: CrossFormatMatrixOptions = {},
): void {
  const knownRejections = options.knownRejections ?? []
  const used = new Set<string>()
  const pairs: Pair[] = []
  for (const source of members) {
    if (source.fixtures === undefined) continue
    const fixtures =
      typeof source.fixtures === 'string' ? loadFixtures(source.fixtures) : source.fixtures
    for (const target of members) {
      pairs.push({ label: `${source.name} → ${target.name}`, source, target, fixtures })
    }
  }

  function checkRequest({ source, target }: Pair, { name, body, context }: RequestFixture) {
    const before = source.codec.decodeRequest(body, context)
    const encoded = target.codec.encodeRequest(
      before,
      before.stream === undefined ? {} : { stream: before.stream },
    )
    const rejection = knownRejections.find(
      (row) => row.source === source.name && row.target === target.name && row.fixture === name,
    )
    if (rejection) {
      let thrown: unknown
      try {
        target.codec.decodeRequest(encoded.body, encoded.context)
      } catch (error) {
        thrown = error
      }
      expect(
        ChatwireError.isInstance(thrown),
        'a known rejection that passes: remove its row',
      ).toBe(true)
      expect((thrown as ChatwireError).param).toBe(rejection.param)
      used.add(`rejection ${source.name} ${target.name} ${name}`)
      return
    }
    const after = target.codec.decodeRequest(encoded.body, encoded.context)
    const lost = encoded.losses.map((loss) => loss.path)
    const differences = listCanonicalDifferences(
      toComparableRequest(withoutLostPaths(before, lost)),
      toComparableRequest(after),
    ).filter(
      // Said more of a lost field than the loss promised (all but its `strict`, say): fine.
      (difference) =>
        !(difference.before === undefined && lost.some((path) => isUnder(difference.path, path))),
    )
    expect(unexplained(differences, familyOf(target), used, target.requestDefaults)).toEqual([])
  }

  function compareResponses(
    { target }: Pair,
    before: ChatResponse,
    after: ChatResponse,
    lost: readonly string[],
  ) {
    // A reason no unified value names (`other`) may be said as the target's nearest word.
    const other = before.choices.flatMap((choice, index) =>
      choice.finishReason?.unified === 'other' ? [`choices[${index}].finishReason`] : [],
    )
    const differences = listCanonicalDifferences(
      toComparableResponse(withoutLostPaths(before, [...lost, ...other])),
      toComparableResponse(withoutLostPaths(after, other)),
    ).filter(
      (difference) =>
        !(difference.before === undefined && lost.some((path) => isUnder(difference.path, path))),
    )
    expect(
      unexplained(differences, familyOf(target), used, target.responseDefaults, target.unsaid),
    ).toEqual([])
  }

  function checkResponse(pair: Pair, { body }: ResponseFixture) {
    const before = pair.source.codec.decodeResponse(body)
    const encoded = pair.target.codec.encodeResponse(before)
    const after = pair.target.codec.decodeResponse(encoded.body)
    compareResponses(
      pair,
      before,
      after,
      encoded.losses.map((loss) => loss.path),
    )
  }

  async function checkStream(pair: Pair, { bytes }: StreamFixture) {
    const { source, target } = pair
    const parts = decodeBytes(source.codec, bytes)
    const again = decodeBytes(target.codec, encodeParts(target.codec, parts))
    compareResponses(pair, await aggregate(parts), await aggregate(again), [])
    const [end, endAgain] = [parts.at(-1), again.at(-1)]
    expect(endAgain?.type).toBe(end?.type)
    if (end?.type !== 'error' || endAgain?.type !== 'error') return
    if (target.streamErrorUnsaid === undefined) {
      expect(endAgain.error.message).toBe(end.error.message)
    } else if (endAgain.error.message !== end.error.message) {
      used.add(`${familyOf(target)} stream error`)
    }
  }

  function checkError({ source, target }: Pair, { status, headers, body }: ErrorFixture) {
    const before = source.codec.decodeError(status, body, headers)
    const encoded = target.codec.encodeError(before)
    const after = target.codec.decodeError(encoded.status, encoded.body, encoded.headers)
    const alias = target.errorAliases?.[errorKey(before)]
    if (alias && errorKey(after) === alias.as) {
      used.add(`${familyOf(target)} error ${errorKey(before)}`)
    }
    expect(errorKey(after)).toBe(alias?.as ?? errorKey(before))
    expect(after.retryAfter).toBe(before.retryAfter)
  }

  describe('cross-format matrix', () => {
    describe.each(pairs)('$label', (pair) => {
      const { requests, responses, streams, errors } = pair.fixtures
      it.each(requests)(
        'request $name keeps what the target can say, reports the rest',
        (fixture) => checkRequest(pair, fixture),
      )
      it.each(responses)('response $name keeps what the target can say', (fixture) =>
        checkResponse(pair, fixture),
      )
      it.each(streams)('stream $name aggregates alike and ends alike', (fixture) =>
        checkStream(pair, fixture),
      )
      it.each(errors)('error $name keeps its kind, status and Retry-After', (fixture) =>
        checkError(pair, fixture),
      )
    })

    it('every declared difference and known rejection is met by some pair', () => {
      const declared = members.flatMap((member) => {
        const name = familyOf(member)
        return [
          ...Object.keys({
            ...member.requestDefaults,
            ...member.responseDefaults,
            ...member.unsaid,
          }).map((pattern) => `${name} ${pattern}`),
          ...(member.streamErrorUnsaid === undefined ? [] : [`${name} stream error`]),
          ...Object.keys(member.errorAliases ?? {}).map((key) => `${name} error ${key}`),
        ]
      })
      const rejections = knownRejections.map(
        ({ source, target, fixture }) => `rejection ${source} ${target} ${fixture}`,
      )
      expect([...new Set([...declared, ...rejections])].filter((key) => !used.has(key))).toEqual([])
    })
  })
}
