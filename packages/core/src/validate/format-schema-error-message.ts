import { keywordOf, type SchemaErrorType, splitErrorType } from './schema-error'

/** How TypeBox words each bound, after "Expected <subject> ". */
const PHRASES: Record<string, string> = {
  ExclusiveMaximum: 'to be less than',
  ExclusiveMinimum: 'to be greater than',
  Maximum: 'to be less or equal to',
  Minimum: 'to be greater or equal to',
  MultipleOf: 'to be a multiple of',
  MaxItems: 'length to be less or equal to',
  MinItems: 'length to be greater or equal to',
  MaxLength: 'length less or equal to',
  MinLength: 'length greater or equal to',
}

/** TypeBox's default English message for an error, word for word. */
export function formatSchemaErrorMessage(
  type: SchemaErrorType,
  schema: Record<string, unknown>,
): string {
  const [subject = '', bound = ''] = splitErrorType(type)
  const phrase = PHRASES[bound]
  if (phrase !== undefined) {
    return `Expected ${subject.toLowerCase()} ${phrase} ${schema[keywordOf(bound)]}`
  }
  switch (type) {
    case 'Literal':
      return `Expected ${typeof schema.const === 'string' ? `'${schema.const}'` : schema.const}`
    case 'ObjectAdditionalProperties':
      return 'Unexpected property'
    case 'ObjectMaxProperties':
      return `Expected object to have no more than ${schema.maxProperties} properties`
    case 'ObjectMinProperties':
      return `Expected object to have at least ${schema.minProperties} properties`
    case 'ObjectRequiredProperty':
      return 'Expected required property'
    case 'StringPattern':
      return `Expected string to match '${schema.pattern}'`
    case 'Union':
      return 'Expected union value'
    default:
      return `Expected ${type.toLowerCase()}`
  }
}
