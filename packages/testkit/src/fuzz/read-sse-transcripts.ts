import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The workspace's `packages/` folder. */
const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url))

/** Every recorded vendor stream (`packages/<codec>/src/__fixtures__/*.sse`), as bytes. */
export function readSseTranscripts(): Uint8Array[] {
  const transcripts: Uint8Array[] = []
  for (const name of readdirSync(PACKAGES).sort()) {
    const dir = `${PACKAGES}${name}/src/__fixtures__/`
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.sse')) transcripts.push(new Uint8Array(readFileSync(`${dir}${file}`)))
    }
  }
  return transcripts
}
