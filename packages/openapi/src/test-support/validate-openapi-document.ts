import { compileErrors, validate } from '@readme/openapi-parser'
import type { OpenApiDocument } from '../openapi/openapi-document'

/** Validates with @readme/openapi-parser (OpenAPI 3.1 schema + its extra rules); '' when valid. */
export async function validateOpenApiDocument(document: OpenApiDocument): Promise<string> {
  // The parser dereferences its input in place: give it a copy.
  const result = await validate(structuredClone(document) as never)
  return result.valid && result.warnings.length === 0 ? '' : compileErrors(result)
}
