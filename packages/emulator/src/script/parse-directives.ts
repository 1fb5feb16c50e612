import { invalidRequest } from '@chatwire/core'
import type { ReplyScript } from './reply-script'

export interface ParsedDirectives {
  script: ReplyScript
  /** The text with every directive removed and white space collapsed. */
  text: string
}

const DIRECTIVE = /\[\[([a-z][a-z-]*)(?::(.*?))?\]\]/gs

type Apply = (script: ReplyScript, value: string | undefined) => void

const DIRECTIVES: Record<string, Apply> = {
  text: (script, value) => {
    script.text = required(value, 'text')
  },
  chunks: (script, value) => {
    script.chunks = count(value, 'chunks', 1)
  },
  delay: (script, value) => {
    script.delayMs = count(value, 'delay', 0)
  },
  finish: (script, value) => {
    const reason = required(value, 'finish')
    if (reason !== 'stop' && reason !== 'length' && reason !== 'content-filter') {
      throw invalidRequest(`[[finish:${reason}]]: expected stop, length or content-filter`)
    }
    script.finishReason = reason
  },
  tools: (script, value) => {
    if (value !== undefined && value !== 'parallel' && value !== 'parallel-interleaved') {
      throw invalidRequest(
        `[[tools:${value}]]: expected [[tools]], [[tools:parallel]] or [[tools:parallel-interleaved]]`,
      )
    }
    script.toolCalls = value === undefined ? 'first' : 'parallel'
    if (value === 'parallel-interleaved') script.toolCallOrder = 'interleaved'
  },
  tool: (script, value) => {
    const names = Array.isArray(script.toolCalls) ? (script.toolCalls as string[]) : []
    script.toolCalls = [...names, required(value, 'tool')]
  },
  'tool-error': (script) => {
    script.toolError = true
  },
  error: (script, value) => {
    const status = count(value, 'error', 400)
    if (status > 599) throw invalidRequest(`[[error:${status}]]: expected a status 400–599`)
    script.error = { ...script.error, status }
  },
  'retry-after': (script, value) => {
    script.error = { status: 429, ...script.error, retryAfter: count(value, 'retry-after', 0) }
  },
  'midstream-error': (script, value) => {
    script.midstreamError = optionalCount(value, 'midstream-error')
  },
  reset: (script, value) => {
    script.reset = optionalCount(value, 'reset')
  },
  stall: (script) => {
    script.stall = true
  },
}

/**
 * Reads the in-band steering directives (`[[chunks:5]]`, `[[error:429]]`, …) from a prompt, so
 * that a test going through a gateway can steer the emulator: headers do not survive translation,
 * message text does. An unknown or malformed directive is an error, never silently ignored.
 */
export function parseDirectives(prompt: string): ParsedDirectives {
  const script: ReplyScript = {}
  const text = prompt.replace(DIRECTIVE, (_match, name: string, value: string | undefined) => {
    const apply = Object.hasOwn(DIRECTIVES, name) ? DIRECTIVES[name] : undefined
    if (!apply) throw invalidRequest(`Unknown emulator directive [[${name}]]`)
    apply(script, value)
    return ' '
  })
  return { script, text: text.replace(/\s+/g, ' ').trim() }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw invalidRequest(`[[${name}:…]] needs a value`)
  return value
}

function count(value: string | undefined, name: string, minimum: number): number {
  const text = required(value, name)
  const number = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(number >= minimum)) {
    throw invalidRequest(`[[${name}:${text}]]: expected a whole number ≥ ${minimum}`)
  }
  return number
}

function optionalCount(value: string | undefined, name: string): { afterChunks?: number } {
  return value === undefined ? {} : { afterChunks: count(value, name, 0) }
}
