import { describeCodecProperties } from '@chatwire/testkit'
import { elasticCodec } from './elastic-codec'

// ES always streams with usage (wire-formats.md §3.2) and its chunks carry no `created`.
describeCodecProperties({
  codec: elasticCodec,
  context: { params: { inference_id: 'openai-chat' } },
  addedOnDecode: ['stream', 'streamOptions'],
  unsupported: ['created'],
  seed: 20250101,
})
