import { fileURLToPath } from 'node:url'
import { describeCodecConformance } from '@chatwire/testkit'
import { elasticCodec } from './elastic-codec'

describeCodecConformance({
  codec: elasticCodec,
  fixtures: fileURLToPath(new URL('./__fixtures__', import.meta.url)),
})
