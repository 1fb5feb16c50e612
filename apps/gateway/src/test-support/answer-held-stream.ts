import type { ChatStreamPart } from '@chatwire/core'
import { formatSseEvent } from '@chatwire/sse'
import {
  type FaultHandler,
  streamHeaders,
  textParts,
  UPSTREAM_CODECS,
} from './start-fault-upstream'

/**
 * A stream that sends its head, a role chunk and `first` at once, then holds until `release`
 * resolves (never, when absent) and only then sends `rest`, the finish reason and its terminator:
 * a stream in flight for exactly as long as the test wants.
 */
export function answerHeldStream(
  first: string,
  rest: string,
  release?: Promise<void>,
): FaultHandler {
  return async (request, res) => {
    const [role, , finish, done] = textParts('') as [
      ChatStreamPart,
      ChatStreamPart,
      ChatStreamPart,
      ChatStreamPart,
    ]
    const content = (text: string): ChatStreamPart => ({
      ...(role as Extract<ChatStreamPart, { type: 'chunk' }>),
      choices: [{ index: 0, delta: { content: text } }],
    })
    const codec = UPSTREAM_CODECS[request.dialect]
    let out = ''
    const encoder = codec.createStreamEncoder((event) => {
      out += formatSseEvent(event, codec.framing)
    })
    res.writeHead(200, streamHeaders(request.dialect))
    encoder.push(role)
    encoder.push(content(first))
    res.write(out)
    out = ''
    const closed = new Promise<void>((resolve) => res.once('close', resolve))
    await Promise.race([release ?? closed, closed])
    if (res.destroyed) return
    encoder.push(content(rest))
    encoder.push(finish)
    encoder.push(done)
    encoder.end()
    res.end(out)
  }
}
