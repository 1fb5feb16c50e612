/**
 * A model-name glob: `*` any run of characters, `?` one character, everything else literal.
 * Matched without a RegExp: a RegExp of several `.*` backtracks (a 12 KB name against
 * `meta-*-*-*-instruct` froze the event loop for ~37 s).
 */
export function compileGlob(glob: string): (name: string) => boolean {
  if (glob === '*') return () => true
  if (!/[*?]/.test(glob)) return (name) => name === glob
  return (name) => matchGlob(glob, name)
}

/**
 * The two-pointer wildcard match: on a mismatch, resume after the last `*`, one character
 * further into the name. Only the last `*` is ever revisited, so the work is at most
 * name length × glob length (no exponential backtracking), and linear for the usual globs;
 * with `server.maxModelLength` (256) it stays in microseconds. No allocation.
 */
function matchGlob(glob: string, name: string): boolean {
  let g = 0
  let n = 0
  let star = -1
  let resume = 0
  while (n < name.length) {
    const char = glob.charCodeAt(g)
    // A `*` of the glob is always a wildcard, also where the name holds a literal `*`.
    if (g < glob.length && char === STAR) {
      star = g++
      resume = n
    } else if (g < glob.length && (char === QUESTION || char === name.charCodeAt(n))) {
      g++
      n++
    } else if (star !== -1) {
      g = star + 1
      n = ++resume
    } else {
      return false
    }
  }
  while (g < glob.length && glob.charCodeAt(g) === STAR) g++
  return g === glob.length
}

const STAR = 42
const QUESTION = 63
