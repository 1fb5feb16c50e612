import {
  locateXContentTokens,
  tokenizeXContent,
  type XContentToken,
  type XContentTokenEntry,
} from './tokenize-x-content'

/** Walks the tokens of one body the way an `XContentParser` does: `next()` and `current`. */
export class XContentCursor {
  private readonly tokens: XContentTokenEntry[]
  private position = -1
  private columns: number[] | undefined

  constructor(body: unknown) {
    this.tokens = tokenizeXContent(body)
  }

  get current(): XContentTokenEntry {
    const entry = this.tokens[this.position]
    if (entry === undefined) throw new RangeError('XContentCursor: no current token')
    return entry
  }

  get token(): XContentToken | undefined {
    return this.tokens[this.position]?.token
  }

  next(): XContentToken | undefined {
    this.position = Math.min(this.position + 1, this.tokens.length)
    return this.token
  }

  /** Moves past the object or array that starts at the current token (`p.mapOrdered()`). */
  skipChildren(): void {
    let depth = 0
    do {
      const token = this.token
      if (token === 'START_OBJECT' || token === 'START_ARRAY') depth++
      if (token === 'END_OBJECT' || token === 'END_ARRAY') depth--
      if (depth > 0) this.next()
    } while (depth > 0 && this.token !== undefined)
  }

  /** Index of the current token, for {@link columnAt}. */
  get index(): number {
    return this.position
  }

  /** 1-based column of the current token in the compact text (computed on the first error). */
  get column(): number | undefined {
    return this.columnAt(this.position)
  }

  columnAt(index: number): number | undefined {
    this.columns ??= locateXContentTokens(this.tokens)
    return this.columns[index]
  }
}
