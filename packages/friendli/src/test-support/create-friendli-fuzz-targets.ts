import { createCodecFuzzTargets, type Fixtures, type FuzzTarget } from '@chatwire/testkit'
import { createFriendliCodec, friendliCodec } from '../friendli-codec'

const PRODUCTS = ['serverless', 'dedicated', 'tools'] as const

/**
 * Every Friendli decoder: the unbound codec's, plus `decodeRequest` of the codec bound to each
 * product (serverless, dedicated, tool-assisted), which check different schemas.
 */
export function createFriendliFuzzTargets(fixtures: Fixtures): FuzzTarget[] {
  const bound = PRODUCTS.map(
    (product) =>
      createCodecFuzzTargets(createFriendliCodec({ product }), fixtures, `friendli.${product}`)[0],
  ).filter((target): target is FuzzTarget => target !== undefined)
  return [...createCodecFuzzTargets(friendliCodec, fixtures).slice(1), ...bound]
}
