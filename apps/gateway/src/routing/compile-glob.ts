/** A model-name glob: `*` any run of characters, `?` one character, everything else literal. */
export function compileGlob(glob: string): (name: string) => boolean {
  if (glob === '*') return () => true
  if (!/[*?]/.test(glob)) return (name) => name === glob
  const source = glob
    .split('')
    .map((char) =>
      char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&'),
    )
    .join('')
  const pattern = new RegExp(`^${source}$`, 's')
  return (name) => pattern.test(name)
}
