import { defineConfig } from 'tsup'

/**
 * The runnable gateway: one bundled ESM file with the workspace packages inlined (from their
 * sources, through the `@chatwire/source` condition) and third-party dependencies left as
 * imports, so `node dist/main.js` needs no tsx and no build of the other packages.
 */
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  splitting: false,
  noExternal: [/^@chatwire\//],
  esbuildOptions(options) {
    options.conditions = ['@chatwire/source']
  },
})
