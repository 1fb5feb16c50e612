import { defineProject, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.ts'

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'runtimes',
      include: ['*.test.ts'],
      // Building the bundle and starting four runtimes (Chromium the slowest) in one file.
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
)
