/** `baseURL` without trailing slashes, then `path` (which starts with `/`). */
export function joinURL(baseURL: string, path: string): string {
  return `${baseURL.replace(/\/+$/, '')}${path}`
}
