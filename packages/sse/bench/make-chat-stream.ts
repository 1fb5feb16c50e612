export const ENGLISH = [
  'Hello',
  ' there',
  '!',
  ' How',
  ' can',
  ' I',
  ' help',
  ' you',
  ' today',
  '?',
]
export const JAPANESE = [
  'こんにちは',
  '!',
  ' 今日',
  'は',
  '何',
  'を',
  'お',
  '手伝',
  'い',
  'しましょうか',
  '?',
]

/**
 * A realistic chat completion stream: `count` OpenAI chunks of ≈250 bytes whose content cycles
 * through `words`, then `[DONE]`; with `bomPerEvent` framed as Elasticsearch frames it (BOM +
 * `event: message` before every event).
 */
export function makeChatStream(count: number, words: string[], bomPerEvent: boolean): Uint8Array {
  let text = ''
  for (let index = 0; index < count; index++) {
    const chunk = {
      id: 'chatcmpl-AZ8x3KqP7vTnE2bYwR1sLdM9hFjC4',
      object: 'chat.completion.chunk',
      created: 1732345678,
      model: 'gpt-4o-mini-2024-07-18',
      system_fingerprint: 'fp_0ba0d124f1',
      choices: [
        {
          index: 0,
          delta: { content: words[index % words.length] },
          logprobs: null,
          finish_reason: null,
        },
      ],
    }
    text += frame(JSON.stringify(chunk), bomPerEvent)
  }
  return new TextEncoder().encode(text + frame('[DONE]', bomPerEvent))
}

function frame(data: string, bomPerEvent: boolean): string {
  return bomPerEvent ? `\uFEFFevent: message\ndata: ${data}\n\n` : `data: ${data}\n\n`
}

/** Network-sized reads: 1, 1.5, 4, 2 and 3 KiB in turn. */
export function cutIntoReads(bytes: Uint8Array): Uint8Array[] {
  const sizes = [1024, 1536, 4096, 2048, 3072]
  const reads: Uint8Array[] = []
  for (let start = 0, turn = 0; start < bytes.length; turn++) {
    const size = sizes[turn % sizes.length]!
    reads.push(bytes.subarray(start, start + size))
    start += size
  }
  return reads
}
