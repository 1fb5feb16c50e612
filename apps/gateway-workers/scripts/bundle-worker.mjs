// Bundles the Worker for workerd with esbuild: `wrangler deploy` runs it as its build command
// (wrangler.toml) and the workerd test runs it too, so the tested bundle is the deployed one.
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const HERE = fileURLToPath(new URL('..', import.meta.url))

/**
 * `src/worker.ts` (or a test entry) → one ES module. The workspace packages resolve to their sources
 * (`@chatwire/source`), then as a Worker would (`workerd`, `worker`, `browser`). Node's modules
 * are left as imports only so that code the bundle drops need not resolve: any left in the output
 * is an error, listed by the module that imported it (paths from this app's folder).
 */
export async function bundleWorker(
  outfile = `${HERE}dist/worker.js`,
  entry = `${HERE}src/worker.ts`,
) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: HERE,
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['@chatwire/source', 'workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    external: ['cloudflare:*', 'node:*'],
    metafile: true,
    logLevel: 'silent',
  })
  const output = Object.values(result.metafile.outputs)[0]
  const nodeImports = (output?.imports ?? []).filter(
    (entry) => !entry.path.startsWith('cloudflare:'),
  )
  if (nodeImports.length > 0) {
    const importers = Object.entries(result.metafile.inputs)
      .flatMap(([file, input]) =>
        input.imports.filter((entry) => entry.external).map((entry) => `${file} → ${entry.path}`),
      )
      .filter((line) => !line.endsWith('cloudflare:workers'))
    throw new Error(`the Worker bundle imports Node modules:\n  ${importers.join('\n  ')}`)
  }
  return { outfile, bytes: output?.bytes ?? 0 }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outfile, bytes } = await bundleWorker()
  console.log(`${outfile}: ${bytes} bytes`)
}
