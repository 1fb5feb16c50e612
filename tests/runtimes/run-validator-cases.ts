import {
  assertValid,
  ChatwireError,
  chatErrorValidator,
  chatRequestValidator,
  chatResponseValidator,
  chatStreamPartValidator,
  type Validator,
} from '@chatwire/core'
import { runCase, show } from './run-case'
import type { CaseOutcome } from './runtime-input'

const REQUEST = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }
const CHUNK = {
  type: 'chunk',
  id: 'c',
  model: 'm',
  choices: [{ index: 0, delta: { content: 'é' } }],
}

/** [name, validator, value, the field path of its first problem (`null`: valid)] */
const ROWS: [string, Validator<unknown>, unknown, string | null][] = [
  ['a minimal request', chatRequestValidator, REQUEST, null],
  ['a request without model', chatRequestValidator, { messages: [] }, 'model'],
  [
    'a temperature that is text',
    chatRequestValidator,
    { ...REQUEST, temperature: 'hot' },
    'temperature',
  ],
  [
    'a tool message without its call id',
    chatRequestValidator,
    { ...REQUEST, messages: [{ role: 'tool', content: 'x' }] },
    'messages[0].toolCallId',
  ],
  [
    'an unknown role',
    chatRequestValidator,
    { ...REQUEST, messages: [{ role: 'wizard', content: 'x' }] },
    'messages[0].role',
  ],
  [
    'an image part without url',
    chatRequestValidator,
    { ...REQUEST, messages: [{ role: 'user', content: [{ type: 'image' }] }] },
    'messages[0].content[0].url',
  ],
  ['a chunk', chatStreamPartValidator, CHUNK, null],
  ['a done part', chatStreamPartValidator, { type: 'done' }, null],
  ['a part of no known type', chatStreamPartValidator, { type: 'nope' }, 'type'],
  ['a response without choices', chatResponseValidator, { id: 'r', model: 'm' }, 'choices'],
  ['an error', chatErrorValidator, { kind: 'rate_limit', status: 429, message: 'slow down' }, null],
  [
    'an error of no known kind',
    chatErrorValidator,
    { kind: 'oops', status: 500, message: 'x' },
    'kind',
  ],
]

/**
 * Core's compiled validators (TypeBox code generated at run time): `check`, `firstProblem` and
 * `assertValid`'s ChatwireError name the expected field.
 */
export function runValidatorCases(): Promise<CaseOutcome>[] {
  return ROWS.map(([name, validator, value, path]) =>
    runCase(`core validator ${name}`, (check) => {
      const valid = validator.check(value)
      check(valid === (path === null), () => `check() gave ${valid}`)
      if (valid) return { valid }
      const problem = validator.firstProblem(value)
      check(problem?.path === path, () => `first problem ${show(problem)}`)
      let thrown: unknown
      try {
        assertValid(validator, value, { pathPrefix: 'body' })
      } catch (error) {
        thrown = error
      }
      if (!ChatwireError.isInstance(thrown)) throw new Error(`assertValid threw ${show(thrown)}`)
      check(thrown.param === `body.${path}`, () => `assertValid param ${thrown.param}`)
      return { valid, problem, error: thrown.toJSON() }
    }),
  )
}
