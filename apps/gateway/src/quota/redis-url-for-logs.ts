/** A Redis URL as a log line may carry it: the password becomes `***`. */
export function redisUrlForLogs(url: string): string {
  if (!URL.canParse(url)) return '(unparsable redis url)'
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
