import { defineConfig } from 'vitest/config'

/** Every package's tests run on workspace sources through the `@chatwire/source` export condition. */
export default defineConfig({
  resolve: { conditions: ['@chatwire/source'] },
  ssr: { resolve: { conditions: ['@chatwire/source'] } },
})
