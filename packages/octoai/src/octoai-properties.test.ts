import { describeCodecProperties } from '@chatwire/testkit'
import { octoaiCodec } from './octoai-codec'

describeCodecProperties({ codec: octoaiCodec, seed: 20250101 })
