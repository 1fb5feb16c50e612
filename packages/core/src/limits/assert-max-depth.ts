import { ChatwireError } from '../errors/chatwire-error'
import type { ErrorKind } from '../schema/chat-error'
import { excerpt } from './excerpt'

/**
 * How deeply a request body may nest objects and arrays: the body itself is level 1, so
 * `messages[0].content[0]` is level 4. Real requests stay far below (a tool's JSON Schema is the
 * deepest part, a dozen levels); 5,000 levels overflow `JSON.stringify` when the request is
 * encoded for the upstream, so every codec's `decodeRequest` refuses them up front.
 */
export const MAX_REQUEST_DEPTH = 64

export interface AssertMaxDepthOptions {
  kind?: ErrorKind
  status?: number
  /** What is checked, for the message: "request body" (default), "upstream response"… */
  subject?: string
}

interface Frame {
  value: Record<string, unknown> | unknown[]
  keys: string[] | undefined
  next: number
  key: string | number
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null

function frameOf(value: Record<string, unknown> | unknown[], key: string | number): Frame {
  return { value, keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0, key }
}

/** `messages[0].content`; long keys are cut, as the path ends up in a message. */
function pathOf(frames: readonly Frame[], last: string | number): string {
  let path = ''
  for (const key of [...frames.slice(1).map((frame) => frame.key), last]) {
    if (typeof key === 'number') path += `[${key}]`
    else path += path === '' ? excerpt(key, 40) : `.${excerpt(key, 40)}`
  }
  return path
}

/**
 * The path of the first object or array nested deeper than `maxDepth` levels, or `undefined`.
 * Iterative (an explicit stack, never deeper than `maxDepth`): it must not overflow on the very
 * input it exists to refuse.
 */
export function findTooDeepPath(value: unknown, maxDepth: number): string | undefined {
  if (!isContainer(value)) return undefined
  if (maxDepth < 1) return ''
  const stack: Frame[] = [frameOf(value, '')]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame
    const size = top.keys === undefined ? (top.value as unknown[]).length : top.keys.length
    if (top.next >= size) {
      stack.pop()
      continue
    }
    const key = top.keys === undefined ? top.next : (top.keys[top.next] as string)
    top.next++
    const child = (top.value as Record<string | number, unknown>)[key]
    if (!isContainer(child)) continue
    if (stack.length >= maxDepth) return pathOf(stack, key)
    stack.push(frameOf(child, key))
  }
  return undefined
}

/**
 * Throws a {@link ChatwireError} (default `invalid_request`, 400) whose `param` is the path of
 * the first object or array nested deeper than `maxDepth` levels (the root is level 1).
 */
export function assertMaxDepth(
  value: unknown,
  maxDepth: number = MAX_REQUEST_DEPTH,
  options: AssertMaxDepthOptions = {},
): void {
  const path = findTooDeepPath(value, maxDepth)
  if (path === undefined) return
  const where = path === '' ? (options.subject ?? 'request body') : `'${path}'`
  throw new ChatwireError({
    kind: options.kind ?? 'invalid_request',
    ...(options.status === undefined ? {} : { status: options.status }),
    code: 'nesting_too_deep',
    message: `Invalid ${where}: nested deeper than ${maxDepth} levels of objects and arrays`,
    ...(path === '' ? {} : { param: path }),
  })
}
