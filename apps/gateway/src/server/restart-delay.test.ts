import { describe, expect, it } from 'vitest'
import { RESTART_MAX_MS, restartDelay } from './restart-delay'

describe('restartDelay', () => {
  it.each([
    [0, 100],
    [1, 100],
    [2, 200],
    [3, 400],
    [9, 25_600],
    [10, RESTART_MAX_MS],
    [1000, RESTART_MAX_MS],
  ])('after %i crashes in a row: %i ms', (crashes, delay) => {
    expect(restartDelay(crashes)).toBe(delay)
  })
})
