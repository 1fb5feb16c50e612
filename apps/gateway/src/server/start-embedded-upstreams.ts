import type { Dialect } from '@chatwire/core'
import { defaultDialects } from '@chatwire/dialects'
import { startEmulator } from '@chatwire/emulator'
import type { EmulatorURLs } from '../config/create-embedded-config'

export interface EmbeddedUpstreams {
  urls: EmulatorURLs
  close(): Promise<void>
}

/** One in-process emulator per dialect with an embedded upstream, on an ephemeral 127.0.0.1 port. */
export async function startEmbeddedUpstreams(
  dialects: readonly Dialect[] = defaultDialects,
): Promise<EmbeddedUpstreams> {
  const embedded = dialects.filter((dialect) => dialect.embedded?.length && dialect.emulator)
  const emulators = await Promise.all(
    embedded.map((dialect) => startEmulator({ dialect, dialects })),
  )
  return {
    urls: Object.fromEntries(
      embedded.map((dialect, index) => [dialect.name, emulators[index]!.url]),
    ),
    close: async () => {
      await Promise.all(emulators.map((emulator) => emulator.close()))
    },
  }
}
