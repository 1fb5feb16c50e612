import { excerpt } from '../limits/excerpt'

/**
 * JSON Pointer (`/messages/0/content`) → the field path vendors put in `param`
 * (`messages[0].content`). `~1` and `~0` are unescaped per RFC 6901. A key is a client's text
 * and the path is echoed in messages, so a long key is cut ({@link excerpt}).
 */
export function toFieldPath(pointer: string): string {
  let path = ''
  for (const raw of pointer.split('/')) {
    if (raw === '') continue
    const segment = excerpt(raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    if (/^\d+$/.test(segment)) path += `[${segment}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path
}
