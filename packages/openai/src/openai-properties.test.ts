import { describeCodecProperties } from '@chatwire/testkit'
import { openaiCodec } from './openai-codec'

describeCodecProperties({ codec: openaiCodec, seed: 20250101 })
