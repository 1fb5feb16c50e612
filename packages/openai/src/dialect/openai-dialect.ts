import type { Dialect } from '@chatwire/core'
import { openaiCodec } from '../openai-codec'
import { compatibleExtension, openaiExtension, vllmExtension } from '../schema/openai-extension'
import { openaiDocs } from './openai-docs'
import { openaiEmbedded } from './openai-embedded'
import { openaiEmulator } from './openai-emulator'
import { openaiEndpoints } from './openai-endpoints'
import { refuseInOpenAI } from './openai-refuse'
import { openaiUpstream } from './openai-upstream'

/** OpenAI Chat Completions, as the gateway serves and calls it. */
export const openaiDialect: Dialect = {
  name: 'openai',
  title: 'OpenAI',
  codec: openaiCodec,
  endpoints: openaiEndpoints,
  upstream: openaiUpstream,
  extensions: [openaiExtension, vllmExtension, compatibleExtension],
  refuse: refuseInOpenAI,
  embedded: openaiEmbedded,
  docs: openaiDocs,
  emulator: openaiEmulator,
}
