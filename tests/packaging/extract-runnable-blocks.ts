export interface RunnableBlock {
  /** The README it came from, relative to the repository root. */
  file: string
  /** 1-based line of the opening fence. */
  line: number
  language: 'ts' | 'js' | 'sh'
  code: string
}

/** The marker, alone on the line right before a fence, that says "this block runs as written". */
const RUN_MARKER = '<!-- run -->'
const FENCE = /^```(\w*)\s*$/

/**
 * The ```ts / ```js / ```sh blocks of a Markdown text that follow a `<!-- run -->` line. A marker
 * before any other kind of block, or before no block, is an error: it would silently test nothing.
 */
export function extractRunnableBlocks(markdown: string, file: string): RunnableBlock[] {
  const lines = markdown.split(/\r?\n/)
  const blocks: RunnableBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]?.trim() !== RUN_MARKER) continue
    const fence = FENCE.exec(lines[index + 1] ?? '')
    const language = fence?.[1]
    if (language !== 'ts' && language !== 'js' && language !== 'sh')
      throw new Error(`${file}:${index + 1}: ${RUN_MARKER} must precede a \`\`\`ts, js or sh block`)
    const end = lines.findIndex((text, at) => at > index + 1 && /^```\s*$/.test(text))
    if (end === -1)
      throw new Error(`${file}:${index + 2}: the block after ${RUN_MARKER} never closes`)
    blocks.push({
      file,
      line: index + 2,
      language,
      code: `${lines.slice(index + 2, end).join('\n')}\n`,
    })
    index = end
  }
  return blocks
}
