import type { IncomingMessage } from 'node:http'

/** The whole request body as UTF-8 text. Rejects when the client goes away mid-body. */
export async function readRequestBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')
}
