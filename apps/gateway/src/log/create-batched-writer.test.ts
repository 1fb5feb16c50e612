import { closeSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBatchedWriter } from './create-batched-writer'

describe('createBatchedWriter', () => {
  it('writes lines in order, once per turn of the event loop, and flushes a large batch at once', async () => {
    const file = join(tmpdir(), `chatwire-log-${process.pid}-${Date.now()}.txt`)
    const fd = openSync(file, 'w')
    try {
      const write = createBatchedWriter(fd)
      write('one\n')
      write('two\n')
      expect(readFileSync(file, 'utf8')).toBe('')
      await new Promise((resolve) => setImmediate(resolve))
      expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n')
      write(`${'x'.repeat(70 * 1024)}\n`)
      expect(readFileSync(file, 'utf8').length).toBe(8 + 70 * 1024 + 1)
    } finally {
      closeSync(fd)
      rmSync(file, { force: true })
    }
  })
})
