import { ChatwireError } from '@chatwire/core'
import { parse as parseYaml } from 'yaml'

/** JSON when the file name says so or the text starts with `{`; YAML otherwise. */
export function parseConfigText(text: string, fileName = ''): unknown {
  const json = fileName.endsWith('.json') || text.trimStart().startsWith('{')
  try {
    return json ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    const what = json ? 'JSON' : 'YAML'
    throw new ChatwireError({
      kind: 'invalid_request',
      message: `${fileName || 'config'} is not valid ${what}: ${(error as Error).message}`,
      cause: error,
    })
  }
}
