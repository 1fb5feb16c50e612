import type { Writable } from 'node:stream'

/**
 * Resolves once a writable that refused a write (`write()` returned false) can take more, or
 * has closed: a destroyed target never drains, and its writer must not wait forever.
 */
export function waitForDrain(target: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      target.off('drain', done)
      target.off('close', done)
      resolve()
    }
    target.on('drain', done)
    target.on('close', done)
  })
}
