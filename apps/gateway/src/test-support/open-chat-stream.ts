import { openRawRequest } from './fault-harness'

export interface OpenChatStream {
  /** What arrived so far. */
  text(): string
  /** Resolves once the answer ended (or the connection closed). */
  ended: Promise<void>
}

/** An OpenAI-dialect streamed chat request for `model` with `prompt`, read as it arrives. */
export async function openChatStream(
  url: string,
  model: string,
  prompt: string,
): Promise<OpenChatStream> {
  const { response } = openRawRequest(url, {
    path: '/v1/chat/completions',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: prompt }], stream: true }),
  })
  const answer = await response
  if (!answer) throw new Error(`POST ${url}/v1/chat/completions failed before its answer`)
  let text = ''
  answer.on('data', (data) => {
    text += data
  })
  const ended = new Promise<void>((resolve) => answer.once('close', () => resolve()))
  return { text: () => text, ended }
}
