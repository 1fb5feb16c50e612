import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { ROOT } from '../packaging/repository-paths'

export interface BundleSize {
  /** Minified bytes. */
  minified: number
  /** Those bytes gzipped at level 9. */
  gzip: number
  /** The largest inputs, `[path, bytes in the output]`, largest first. */
  inputs: [string, number][]
}

/** Where the packages resolve: their `src` (the `@chatwire/source` condition) or their built `dist`. */
export type BundleFrom = 'source' | 'dist'

/**
 * `export * from '@chatwire/<name>'` bundled as a browser app would bundle it (esbuild,
 * `bundle`, `minify`, ESM, `platform: 'browser'`), either from the workspace sources through the
 * `@chatwire/source` condition (the code in the repository, no build needed) or from the built
 * `dist` through the packages' `exports`, as users install it. The entry sits in the package's
 * own folder: its name resolves to itself.
 */
export async function measureBundle(name: string, from: BundleFrom): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: `export * from '@chatwire/${name}'`,
      resolveDir: `${ROOT}packages/${name}`,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: from === 'source' ? ['@chatwire/source'] : [],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const output = Object.values(result.metafile.outputs)[0]
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([path, input]): [string, number] => [
      path.replace(/^.*node_modules\//, ''),
      input.bytesInOutput,
    ])
    .sort((a, b) => b[1] - a[1])
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs }
}
