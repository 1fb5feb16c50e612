import { compileSchema } from '@chatwire/core'
import {
  OctoAIErrorBody,
  OctoAIHttpErrorBody,
  OctoAIValidationError,
} from '../schema/octoai-error-body'

/** Compiled once, shared by the error decoder and encoder. */
export const octoaiValidationErrorValidator = compileSchema(OctoAIValidationError)
export const octoaiErrorBodyValidator = compileSchema(OctoAIErrorBody)
export const octoaiHttpErrorBodyValidator = compileSchema(OctoAIHttpErrorBody)
