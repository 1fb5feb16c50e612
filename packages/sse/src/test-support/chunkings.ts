/** The same input cut every way that matters: whole, one unit at a time, and in two at every index. */
export function chunkings<T extends Uint8Array | string>(
  input: T,
): { label: string; chunks: T[] }[] {
  const slice = (start: number, end?: number) => input.slice(start, end) as T
  const result = [
    { label: 'whole', chunks: [input] },
    {
      label: 'one unit at a time',
      chunks: Array.from({ length: input.length }, (_, index) => slice(index, index + 1)),
    },
  ]
  for (let index = 0; index <= input.length; index++) {
    result.push({ label: `split at ${index}`, chunks: [slice(0, index), slice(index)] })
  }
  return result
}
