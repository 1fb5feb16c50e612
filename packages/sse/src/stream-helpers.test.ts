import { describe, expect, it } from 'vitest'
import { collectStream } from './collect-stream'
import { streamFromIterable } from './stream-from-iterable'

describe('streamFromIterable and collectStream', () => {
  it.each<[unknown[]]>([[[]], [[1]], [['a', 'b', 'c']]])('round-trip %j', async (items) => {
    expect(await collectStream(streamFromIterable(items))).toEqual(items)
  })

  it('pulls from the iterator only as the reader asks', async () => {
    const pulled: number[] = []
    function* numbers() {
      for (let value = 0; value < 5; value++) {
        pulled.push(value)
        yield value
      }
    }
    const reader = streamFromIterable(numbers()).getReader()
    await reader.read()
    await reader.read()
    expect(pulled).toEqual([0, 1])
    await reader.cancel()
  })

  it('closes the iterator when the stream is cancelled', async () => {
    let closed = false
    function* endless() {
      try {
        for (;;) yield 1
      } finally {
        closed = true
      }
    }
    const reader = streamFromIterable(endless()).getReader()
    await reader.read()
    await reader.cancel()
    expect(closed).toBe(true)
  })

  it('rejects with the error of a failing stream', async () => {
    const failing = new ReadableStream({
      start(controller) {
        controller.enqueue(1)
        controller.error(new Error('broken'))
      },
    })
    await expect(collectStream(failing)).rejects.toThrow('broken')
  })
})
