export { collectStream } from './collect-stream'
export { createSseDecoderStream } from './create-sse-decoder-stream'
export { createSseEncoderStream } from './create-sse-encoder-stream'
export {
  createSseParser,
  type SseParser,
  type SseParserHandlers,
  type SseParserOptions,
  sseEventTooLarge,
} from './create-sse-parser'
export { formatSseComment } from './format-sse-comment'
export { formatSseEvent } from './format-sse-event'
export { streamFromIterable } from './stream-from-iterable'
