import { elasticDescriptor } from './descriptors/elastic-descriptor'
import { friendliDescriptor } from './descriptors/friendli-descriptor'
import { octoaiDescriptor } from './descriptors/octoai-descriptor'
import { openaiDescriptor } from './descriptors/openai-descriptor'
import type { DialectDescriptor, DialectName } from './dialect-descriptor'

/** The descriptor of every dialect package that exports its wire schemas. */
export const DIALECT_DESCRIPTORS: Record<DialectName, DialectDescriptor> = {
  openai: openaiDescriptor,
  elastic: elasticDescriptor,
  octoai: octoaiDescriptor,
  friendli: friendliDescriptor,
}
