import type { Codec } from '@chatwire/core'
import { elasticCodec } from '@chatwire/elastic'
import { friendliCodec } from '@chatwire/friendli'
import { octoaiCodec } from '@chatwire/octoai'
import { openaiCodec } from '@chatwire/openai'
import type { CodecName } from './runtime-input'

const CODECS: Record<CodecName, Codec> = {
  openai: openaiCodec,
  elastic: elasticCodec,
  octoai: octoaiCodec,
  friendli: friendliCodec,
}

/** The default codec of a dialect, as its package exports it. */
export function codecOf(name: CodecName): Codec {
  return CODECS[name]
}
