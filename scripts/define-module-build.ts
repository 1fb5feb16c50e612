import { build } from 'esbuild'
import { defineConfig } from 'tsup'

/**
 * The source modules the public entries reach (tests, test support and fixtures are not reached),
 * found by bundling the entries once with every package external.
 */
async function listReachableModules(entries: string[]): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: entries,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  })
  return Object.keys(metafile.inputs)
    .filter((path) => path.startsWith('src/'))
    .sort()
}

/**
 * A package's `dist`: one ESM file per source module (code shared by several entries in chunks),
 * so a consumer's bundler drops the modules it does not use, as it would from the sources; one
 * `.d.ts` per public entry. `entries` maps each `exports` subpath's output name to its source.
 */
export function defineModuleBuild(entries: Record<string, string>) {
  return defineConfig(async () => ({
    entry: await listReachableModules(Object.values(entries)),
    format: ['esm'],
    splitting: true,
    dts: { entry: entries },
    sourcemap: true,
    clean: true,
    target: 'es2022',
  }))
}
