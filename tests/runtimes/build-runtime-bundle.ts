import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import type { RuntimeInput } from './runtime-input'

const ENTRY = fileURLToPath(new URL('./runtime-bundle-entry.ts', import.meta.url))
const INPUT_MODULE = 'chatwire:runtime-input'

/** `chatwire:runtime-input` is the input, as a JSON module. */
function inlineInput(input: RuntimeInput): Plugin {
  return {
    name: 'chatwire-runtime-input',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^chatwire:runtime-input$/ }, () => ({
        path: INPUT_MODULE,
        namespace: 'chatwire-runtime-input',
      }))
      esbuild.onLoad({ filter: /.*/, namespace: 'chatwire-runtime-input' }, () => ({
        contents: JSON.stringify(input),
        loader: 'json',
      }))
    },
  }
}

/**
 * Bundles the cases, the packages' sources (through the `@chatwire/source` condition) and the
 * input into one self-contained ES module at `<dir>/runtime-matrix.mjs`. Platform `neutral`: a
 * `node:` import anywhere on the way fails the build instead of reaching a runtime without it.
 */
export async function buildRuntimeBundle(input: RuntimeInput, dir: string): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['@chatwire/source'],
    write: false,
    logLevel: 'silent',
    plugins: [inlineInput(input)],
  })
  const path = join(dir, 'runtime-matrix.mjs')
  writeFileSync(path, result.outputFiles[0]!.contents)
  return path
}
