import type { Upstream } from '../config/gateway-config'

/**
 * `https://user:password@host` is how search-engine URLs often carry credentials, but `fetch`
 * refuses such a URL (and its error text would echo it). The credentials become an
 * `Authorization: Basic` header, unless the upstream has an `apiKey` or its own header.
 */
export function moveURLCredentials(upstream: Upstream): Upstream {
  const url = new URL(upstream.baseURL)
  if (url.username === '' && url.password === '') return upstream
  const user = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  url.username = ''
  url.password = ''
  const headers = { ...upstream.headers }
  const hasOwnAuth = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')
  if (!upstream.apiKey && !hasOwnAuth) {
    headers.authorization = `Basic ${basicToken(user, password)}`
  }
  return { ...upstream, baseURL: url.href.replace(/\/$/, ''), headers }
}

/** `user:password` as HTTP Basic credentials (UTF-8, then base64). */
export function basicToken(user: string, password: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)))
}
