/** A stream that yields `items` one per pull, so backpressure reaches the iterator. */
export function streamFromIterable<T>(items: Iterable<T>): ReadableStream<T> {
  const iterator = items[Symbol.iterator]()
  return new ReadableStream<T>(
    {
      pull(controller) {
        const next = iterator.next()
        if (next.done) controller.close()
        else controller.enqueue(next.value)
      },
      cancel() {
        iterator.return?.()
      },
    },
    { highWaterMark: 0 },
  )
}
