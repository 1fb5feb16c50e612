/**
 * JSON Pointer (`/messages/0/content`) → the field path vendors put in `param`
 * (`messages[0].content`). `~1` and `~0` are unescaped per RFC 6901.
 */
export function toFieldPath(pointer: string): string {
  let path = ''
  for (const raw of pointer.split('/')) {
    if (raw === '') continue
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (/^\d+$/.test(segment)) path += `[${segment}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path
}
