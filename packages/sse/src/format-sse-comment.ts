import { prefixLines } from './prefix-lines'

/** A comment block (`: text`, then a blank line), e.g. a keep-alive; each line of `text` stays a comment. */
export function formatSseComment(text: string): string {
  return `${prefixLines(': ', text)}\n`
}
