const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g

/** FastAPI `loc` (`["body", "messages", 0, "content"]`) → field path (`messages[0].content`). */
export function decodeFriendliErrorLocation(loc: readonly (string | number)[]): string {
  let path = ''
  for (const [position, segment] of loc.entries()) {
    if (position === 0 && segment === 'body') continue
    if (typeof segment === 'number') path += `[${segment}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path
}

/** Field path → FastAPI `loc`, always rooted at `"body"`. */
export function encodeFriendliErrorLocation(param: string | undefined): (string | number)[] {
  const loc: (string | number)[] = ['body']
  if (param === undefined) return loc
  for (const match of param.matchAll(SEGMENT)) {
    loc.push(match[2] === undefined ? (match[1] as string) : Number(match[2]))
  }
  return loc
}
