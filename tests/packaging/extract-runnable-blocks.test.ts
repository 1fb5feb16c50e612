import { describe, expect, it } from 'vitest'
import { extractRunnableBlocks } from './extract-runnable-blocks'

const fence = '```'

describe('extractRunnableBlocks', () => {
  it.each([
    {
      name: 'a marked ts block',
      markdown: `# x\n<!-- run -->\n${fence}ts\nconst a = 1\nconsole.log(a)\n${fence}\n`,
      blocks: [{ file: 'R.md', line: 3, language: 'ts', code: 'const a = 1\nconsole.log(a)\n' }],
    },
    {
      name: 'an unmarked block is a fragment, not run',
      markdown: `${fence}ts\nfragment(\n${fence}\n<!-- run -->\n${fence}sh\necho hi\n${fence}\n`,
      blocks: [{ file: 'R.md', line: 5, language: 'sh', code: 'echo hi\n' }],
    },
    {
      name: 'CRLF line endings and a js block',
      markdown: `<!-- run -->\r\n${fence}js\r\nlet b\r\n${fence}\r\n`,
      blocks: [{ file: 'R.md', line: 2, language: 'js', code: 'let b\n' }],
    },
  ])('$name', ({ markdown, blocks }) => {
    expect(extractRunnableBlocks(markdown, 'R.md')).toEqual(blocks)
  })

  it.each([
    {
      name: 'a marker before a yaml block',
      markdown: `<!-- run -->\n${fence}yaml\na: 1\n${fence}\n`,
    },
    { name: 'a marker before prose', markdown: '<!-- run -->\nSome text\n' },
    { name: 'a block that never closes', markdown: `<!-- run -->\n${fence}sh\necho\n` },
  ])('refuses $name', ({ markdown }) => {
    expect(() => extractRunnableBlocks(markdown, 'R.md')).toThrow(/R\.md:\d+/)
  })
})
