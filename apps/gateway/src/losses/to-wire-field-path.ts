/**
 * A canonical loss path as the client wrote it: `responseFormat` → `response_format`,
 * `extensions.<dialect>.xtcThreshold` → `xtc_threshold`, `messages[1].toolCalls` →
 * `messages[1].tool_calls`. All four dialects use snake_case wire names.
 */
export function toWireFieldPath(path: string): string {
  const local = path.replace(/^extensions\.[a-z][a-z0-9-]*\./, '')
  if (local === 'seeds') return 'seed'
  return local.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}
