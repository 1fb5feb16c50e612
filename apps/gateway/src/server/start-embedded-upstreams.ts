import { startEmulator } from '@chatwire/emulator'
import type { EmulatorURLs } from '../config/create-embedded-config'

export interface EmbeddedUpstreams {
  urls: EmulatorURLs
  close(): Promise<void>
}

/** One in-process emulator per dialect on an ephemeral 127.0.0.1 port. */
export async function startEmbeddedUpstreams(): Promise<EmbeddedUpstreams> {
  const dialects = ['openai', 'elastic', 'octoai', 'friendli'] as const
  const emulators = await Promise.all(dialects.map((dialect) => startEmulator({ dialect })))
  const [openai, elastic, octoai, friendli] = emulators.map((emulator) => emulator.url) as [
    string,
    string,
    string,
    string,
  ]
  return {
    urls: { openai, elastic, octoai, friendli },
    close: async () => {
      await Promise.all(emulators.map((emulator) => emulator.close()))
    },
  }
}
