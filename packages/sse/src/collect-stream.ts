/** Reads a stream to its end (Node 20 has no `Array.fromAsync`). */
export async function collectStream<T>(stream: ReadableStream<T>): Promise<T[]> {
  const items: T[] = []
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return items
      items.push(value)
    }
  } finally {
    reader.releaseLock()
  }
}
