import type { TSchema } from '@sinclair/typebox'
import { ChatError } from '../schema/chat-error'
import { ChatRequest } from '../schema/chat-request'
import { ChatResponse } from '../schema/chat-response'
import { ChatStreamPart } from '../schema/chat-stream-part'
import { compileSchema } from './compile-schema'
import type { Validator } from './create-validator'

/** Compiles on first use, then never again: importing core stays cheap. */
function lazy<T>(schema: TSchema): Validator<T> {
  let compiled: Validator<T> | undefined
  const get = () => {
    compiled ??= compileSchema(schema) as Validator<T>
    return compiled
  }
  return {
    schema,
    check: (value): value is T => get().check(value),
    firstProblem: (value) => get().firstProblem(value),
  }
}

export const chatRequestValidator = lazy<ChatRequest>(ChatRequest)
export const chatResponseValidator = lazy<ChatResponse>(ChatResponse)
export const chatStreamPartValidator = lazy<ChatStreamPart>(ChatStreamPart)
export const chatErrorValidator = lazy<ChatError>(ChatError)
