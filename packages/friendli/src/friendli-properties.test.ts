import { describeCodecProperties } from '@chatwire/testkit'
import { friendliCodec } from './friendli-codec'

describeCodecProperties({ codec: friendliCodec, seed: 20250101 })
