import type { DialectDescriptor, DialectName } from './dialect-descriptor'
import { DIALECT_DESCRIPTORS } from './dialect-descriptors'

/** A dialect by name, or a descriptor as given (for a dialect chatwire does not ship). */
export type DialectInput = DialectName | DialectDescriptor

export function resolveDialects(inputs: readonly DialectInput[]): DialectDescriptor[] {
  return inputs.map((input) => {
    if (typeof input !== 'string') return input
    const descriptor = DIALECT_DESCRIPTORS[input]
    if (!descriptor) throw new Error(`Unknown dialect "${input}"`)
    return descriptor
  })
}
