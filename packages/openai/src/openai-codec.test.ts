import { fileURLToPath } from 'node:url'
import { describeCodecConformance } from '@chatwire/testkit'
import { openaiCodec } from './openai-codec'

describeCodecConformance({
  codec: openaiCodec,
  fixtures: fileURLToPath(new URL('./__fixtures__', import.meta.url)),
})
