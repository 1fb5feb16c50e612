const PARAM = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/

/**
 * The path parameters of `path` when it matches `template` (`/a/{id}/b`: a parameter is one
 * whole, non-empty segment, percent-decoded when it decodes), else `undefined`.
 */
export function matchPathTemplate(
  template: string,
  path: string,
): Record<string, string> | undefined {
  const expected = template.split('/')
  const actual = path.split('/')
  if (expected.length !== actual.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, part] of expected.entries()) {
    const segment = actual[index] as string
    const name = PARAM.exec(part)?.[1]
    if (name === undefined) {
      if (segment !== part) return undefined
    } else {
      if (segment === '') return undefined
      params[name] = decodeSegment(segment)
    }
  }
  return params
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
