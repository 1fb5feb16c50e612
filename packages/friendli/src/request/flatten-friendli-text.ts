import type { Loss } from '@chatwire/core'

/** What joins text parts when Friendli wants one string (system, assistant, tool content). */
export const FRIENDLI_TEXT_PART_SEPARATOR = '\n'

type Part = { type: string; text?: string }

/**
 * Friendli takes system, assistant and tool content as plain strings (reference §9.5): text
 * parts are joined; any other part cannot be said and is a semantic loss.
 */
export function flattenFriendliText(
  content: string | readonly Part[],
  path: string,
  losses: Loss[],
): string {
  if (typeof content === 'string') return content
  const texts: string[] = []
  for (const [index, part] of content.entries()) {
    if (part.type === 'text' && part.text !== undefined) texts.push(part.text)
    else
      losses.push({
        path: `${path}[${index}]`,
        kind: 'semantic',
        message: `Friendli takes only text here: a '${part.type}' part cannot be flattened to a string`,
      })
  }
  return texts.join(FRIENDLI_TEXT_PART_SEPARATOR)
}
