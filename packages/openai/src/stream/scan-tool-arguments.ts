/**
 * How far a call's streamed arguments got: enough to tell when the fragments so far form one
 * complete JSON value (the object closed), without keeping the text. Updated fragment by
 * fragment, no allocation.
 */
export interface ArgumentsScan {
  depth: number
  inString: boolean
  escaped: boolean
  /** The last significant character closed the top-level object, array or string. */
  complete: boolean
}

export function createArgumentsScan(): ArgumentsScan {
  return { depth: 0, inString: false, escaped: false, complete: false }
}

export function resetArgumentsScan(scan: ArgumentsScan): void {
  scan.depth = 0
  scan.inString = false
  scan.escaped = false
  scan.complete = false
}

const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93

export function scanToolArguments(scan: ArgumentsScan, text: string | undefined): void {
  if (text === undefined) return
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position)
    if (scan.inString) {
      if (scan.escaped) scan.escaped = false
      else if (code === BACKSLASH) scan.escaped = true
      else if (code === QUOTE) {
        scan.inString = false
        scan.complete = scan.depth === 0
      }
      continue
    }
    if (code === 32 || code === 9 || code === 10 || code === 13) continue
    scan.complete = false
    if (code === QUOTE) scan.inString = true
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) scan.depth++
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && scan.depth > 0) {
      scan.depth--
      scan.complete = scan.depth === 0
    }
  }
}
