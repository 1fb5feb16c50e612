import { Kind, type TSchema } from '@sinclair/typebox'
import { compileArrayNode } from './compile-array-node'
import { compileNumberNode } from './compile-number-node'
import { compileObjectNode } from './compile-object-node'
import { compileRecordNode } from './compile-record-node'
import { compileStringNode } from './compile-string-node'
import { fail, type SchemaNode, type SchemaObject } from './schema-error'

/** The keywords not implemented here: compiling a schema that uses one throws. */
const UNSUPPORTED = ['format', 'uniqueItems', 'contains', 'minContains', 'maxContains', '$ref']

const ANY: SchemaNode = () => undefined

/**
 * Compiles a TypeBox schema into closures, once: TypeBox's verdict (`TypeCompiler`'s `Check`) and
 * its first error (`Value.Errors`) for the JSON kinds chatwire's schemas use (object, record,
 * array, union, literal, string, number, integer, boolean, null, unknown), without generating
 * code (so it runs where `eval` is forbidden) and without TypeBox's compiler in the bundle.
 * Anything else throws here, at compile time, never a wrong verdict later.
 */
export function compileSchemaNode(schema: TSchema): SchemaNode {
  const node = schema as SchemaObject
  const unsupported = UNSUPPORTED.find((keyword) => node[keyword] !== undefined)
  if (unsupported !== undefined) {
    throw new TypeError(`compileSchema: unsupported keyword '${unsupported}'`)
  }
  const kind = node[Kind]
  switch (kind) {
    case 'Any':
    case 'Unknown':
      return ANY
    case 'Null':
    case 'Boolean':
    case 'Literal': {
      const holds =
        kind === 'Null'
          ? (value: unknown) => value === null
          : kind === 'Boolean'
            ? (value: unknown) => typeof value === 'boolean'
            : (value: unknown) => value === node.const
      return (value, report) => (holds(value) ? undefined : fail(kind, node, value, report))
    }
    case 'String':
      return compileStringNode(node)
    case 'Number':
    case 'Integer':
      return compileNumberNode(node, kind)
    case 'Array':
      return compileArrayNode(node, compileSchemaNode)
    case 'Object':
      return compileObjectNode(node, compileSchemaNode)
    case 'Record':
      return compileRecordNode(node, compileSchemaNode)
    case 'Union': {
      const members = (node.anyOf as TSchema[]).map(compileSchemaNode)
      return (value, report) => {
        for (const member of members) if (member(value, false) === undefined) return undefined
        return fail('Union', node, value, report)
      }
    }
    default:
      throw new TypeError(`compileSchema: unsupported TypeBox kind '${String(kind)}'`)
  }
}
