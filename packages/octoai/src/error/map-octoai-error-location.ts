/** `messages[0].content` → FastAPI's `["body", "messages", 0, "content"]`. */
export function encodeOctoAIErrorLocation(param: string | undefined): (string | number)[] {
  const loc: (string | number)[] = ['body']
  if (!param) return loc
  for (const match of param.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) loc.push(Number(match[2]))
    else if (match[1] !== undefined) loc.push(match[1])
  }
  return loc
}

/** FastAPI's `loc` → a field path; the leading `body` (or `query`, `path`…) is dropped. */
export function decodeOctoAIErrorLocation(loc: readonly (string | number)[]): string | undefined {
  const start = loc[0] === 'body' || loc[0] === 'query' || loc[0] === 'path' ? 1 : 0
  let path = ''
  for (const segment of loc.slice(start)) {
    if (typeof segment === 'number') path += `[${segment}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path === '' ? undefined : path
}
