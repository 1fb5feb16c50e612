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

/**
 * `export * from '@chatwire/<name>'` bundled as a browser app would bundle it (esbuild,
 * `bundle`, `minify`, ESM, `platform: 'browser'`), from the workspace sources through the
 * `@chatwire/source` condition, so no build is needed and what is measured is the code in the
 * repository. The entry sits in the package's own folder: its name resolves to itself.
 */
export async function measureBundle(name: string): Promise<BundleSize> {
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
    conditions: ['@chatwire/source'],
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
