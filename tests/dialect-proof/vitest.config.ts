import { defineProject, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.ts'

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'dialect-proof',
      include: ['src/**/*.test.ts'],
      // Five emulators and a gateway started per file; the vendor-name walk reads every file.
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
)
