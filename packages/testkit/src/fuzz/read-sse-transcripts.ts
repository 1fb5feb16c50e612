import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const PACKAGES = ['openai', 'elastic', 'octoai', 'friendli']

/** Every recorded vendor stream (`packages/<codec>/src/__fixtures__/*.sse`), as bytes. */
export function readSseTranscripts(): Uint8Array[] {
  const transcripts: Uint8Array[] = []
  for (const name of PACKAGES) {
    const dir = fileURLToPath(new URL(`../../../${name}/src/__fixtures__/`, import.meta.url))
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.sse')) transcripts.push(new Uint8Array(readFileSync(`${dir}${file}`)))
    }
  }
  return transcripts
}
