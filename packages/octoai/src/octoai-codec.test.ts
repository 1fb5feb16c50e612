import { fileURLToPath } from 'node:url'
import { describeCodecConformance } from '@chatwire/testkit'
import { octoaiCodec } from './octoai-codec'

describeCodecConformance({
  codec: octoaiCodec,
  fixtures: fileURLToPath(new URL('./__fixtures__', import.meta.url)),
})
