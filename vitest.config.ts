import { defineConfig, mergeConfig } from 'vitest/config'
import shared from './vitest.shared.ts'

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one, and
    // the end-to-end files, which mostly wait on sockets, child processes and timers, ran one
    // after another. Two workers use both cores.
    maxWorkers: 2,
    projects: [
      'packages/*',
      'apps/*',
      // The codecs' cases bundled once and run in Node, Bun, Deno and headless Chromium.
      'tests/runtimes',
      // Every codec × every codec over the shared fixtures (testkit's describeCrossFormatMatrix).
      'tests/cross-format',
      // acme, a fifth dialect from outside packages/, and the proof the gateway, the OpenAPI
      // generator and the emulator serve it; no vendor named outside its own package.
      'tests/dialect-fixture',
      'tests/dialect-proof',
      // The gateway's end-to-end suites once more through the portable path (the Hono `fetch`
      // app and `fetch` upstreams, as on other runtimes): both must answer identically.
      mergeConfig(shared, {
        test: {
          name: 'gateway (fetch adapter)',
          root: './apps/gateway',
          include: ['src/e2e/**/*.test.ts'],
          exclude: ['src/e2e/soak.test.ts', 'src/e2e/**/*.browser.test.ts'],
          env: { CHATWIRE_ADAPTER: 'fetch' },
        },
      }),
      // The packages as users get them: packed by pnpm, installed with npm, READMEs run, the
      // `chatwire` bin and the Dockerfile's runtime stage started. Builds first (turbo, cached).
      mergeConfig(shared, {
        test: {
          name: 'packaging',
          root: './tests/packaging',
          include: ['**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 720_000,
        },
      }),
      // The repository's own CI scripts (the changeset check), on temporary git repositories.
      mergeConfig(shared, {
        // Each case runs git, pnpm and changesets' CLI: seconds apiece on a busy machine.
        test: {
          name: 'scripts',
          root: './scripts',
          include: ['**/*.test.ts'],
          testTimeout: 60_000,
        },
      }),
      // Core + each codec bundled for the browser within its gzip budget, and the validator that
      // made that possible held to TypeBox's answers over every fixture and its near misses.
      mergeConfig(shared, {
        test: {
          name: 'bundle',
          root: './tests/bundle',
          include: ['**/*.test.ts'],
          testTimeout: 120_000,
        },
      }),
    ],
  },
})
