import type { Random } from './create-random'

// Values and keys that broke, or could break, decoders: wrong JSON types where objects are read,
// prototype names where tables are looked up, numbers at the edges, long and odd strings.
const INTERESTING_KEYS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'error',
  'choices',
  'message',
  'detail',
  'role',
  'type',
  'content',
  'tool_calls',
  'function',
  'index',
  'delta',
  'usage',
  'logprobs',
  'finish_reason',
  'chat_completion',
  'object',
  'id',
  '',
]

const INTERESTING_STRINGS = [
  '',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'function',
  'assistant',
  'user',
  'tool',
  'text',
  'image_url',
  'stop',
  'null',
  '[DONE]',
  'error',
  'status [503]',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '😀',
  '{"error":{"message":"x"}}',
]

const INTERESTING_NUMBERS = [0, -1, 1, 5, 0.5, -0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308]

export function randomString(random: Random): string {
  if (random.chance(0.5)) return random.pick(INTERESTING_STRINGS)
  if (random.chance(0.05)) return 'A'.repeat(100_000)
  let text = ''
  const length = random.int(12)
  for (let i = 0; i < length; i++) text += String.fromCharCode(32 + random.int(0x250))
  return text
}

export function randomKey(random: Random): string {
  return random.chance(0.6) ? random.pick(INTERESTING_KEYS) : randomString(random)
}

/** Nested arrays/objects, `levels` deep, built without recursion. */
function deepValue(levels: number, asObjects: boolean): unknown {
  let value: unknown = 1
  for (let level = 0; level < levels; level++) value = asObjects ? { a: value } : [value]
  return value
}

export function randomJson(random: Random, depth = 0): unknown {
  const roll = random.int(depth > 3 ? 5 : 9)
  switch (roll) {
    case 0:
      return null
    case 1:
      return random.chance(0.5)
    case 2:
      return random.pick(INTERESTING_NUMBERS)
    case 3:
      return random.int(1000) - 10
    case 4:
      return randomString(random)
    case 5:
      return random.chance(0.96)
        ? []
        : deepValue(random.chance(0.5) ? 70 : 5_000, random.chance(0.5))
    case 6:
      return Array.from({ length: 1 + random.int(3) }, () => randomJson(random, depth + 1))
    case 7:
      return {}
    default: {
      const object: Record<string, unknown> = {}
      const size = 1 + random.int(3)
      for (let i = 0; i < size; i++) {
        Object.defineProperty(object, randomKey(random), {
          value: randomJson(random, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
      return object
    }
  }
}

/** JSON text, or `undefined` for a value too deep for the stack. */
export function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value)
  } catch {
    return undefined
  }
}
