import type { Random } from './create-random'
import { randomJson, randomKey, randomString } from './generate-random-json'

type Container = Record<string, unknown> | unknown[]

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null

function setOwn(target: Container, key: string | number, value: unknown): void {
  // defineProperty, not `=`: a `__proto__` key must become an own key, as JSON.parse makes it.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** The containers of `root`, to 12 levels (deep values planted by mutations are not walked). */
function containersOf(root: unknown): Container[] {
  const found: Container[] = []
  const stack: [unknown, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number]
    if (!isContainer(value) || depth > 12) continue
    found.push(value)
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return found
}

function mutateContainer(random: Random, target: Container): void {
  const keys = Object.keys(target)
  const key = keys.length > 0 ? random.pick(keys) : undefined
  const index = Array.isArray(target) ? random.int(target.length + 1) : 0
  switch (random.int(7)) {
    case 0:
    case 1:
      if (key !== undefined) setOwn(target, key, randomJson(random))
      return
    case 2:
      if (Array.isArray(target)) target.splice(index, 1)
      else if (key !== undefined) delete target[key]
      return
    case 3:
      if (Array.isArray(target)) target.splice(index, 0, randomJson(random))
      else setOwn(target, randomKey(random), randomJson(random))
      return
    case 4:
      if (key !== undefined) setOwn(target, key, [(target as Record<string, unknown>)[key]])
      return
    case 5:
      if (key !== undefined) setOwn(target, key, randomString(random))
      return
    default:
      if (Array.isArray(target) && target.length > 0) target.push(target[0])
      else if (key !== undefined) setOwn(target, key, null)
  }
}

/** A copy of the JSON value `base` with a few random changes anywhere in it. */
export function mutateJson(random: Random, base: unknown): unknown {
  if (random.chance(0.03)) return randomJson(random)
  const root: unknown = structuredClone(base)
  const containers = containersOf(root)
  if (containers.length === 0) return randomJson(random)
  const count = 1 + random.int(3)
  for (let i = 0; i < count; i++) mutateContainer(random, random.pick(containers))
  return root
}
