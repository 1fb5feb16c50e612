import { defineConfig, mergeConfig } from 'vitest/config'
import shared from './vitest.shared.ts'

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/*',
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
    ],
  },
})
