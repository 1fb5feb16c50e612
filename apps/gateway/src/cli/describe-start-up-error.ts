import { ChatwireError } from '@chatwire/core'

type SystemError = Error & { code?: string; syscall?: string; address?: string; port?: number }

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
}

/** A config that cannot be read, parsed or validated: one line (one per problem), no stack. */
export function describeConfigError(file: string, error: unknown): string {
  const { code, message } = error as SystemError
  if (code && READ_PROBLEMS[code])
    return `Cannot read config ${file}: ${READ_PROBLEMS[code]} (${code})`
  if (!ChatwireError.isInstance(error)) return `Cannot read config ${file}: ${firstLine(message)}`
  // A parse error names the file itself and may carry a multi-line code frame.
  if (/ is not valid (YAML|JSON): /.test(message))
    return `Invalid config: ${firstLine(message).replace(/:$/, '')}`
  return `Invalid config ${file}: ${message}`
}

/** The server could not listen: which address, why, and what to do; other failures: one line. */
export function describeListenError(error: unknown, host: string, port: number): string {
  const { code, message } = error as SystemError
  const where = `${host}:${port}`
  switch (code) {
    case 'EADDRINUSE':
      return `Cannot listen on ${where}: the port is already in use (EADDRINUSE); stop the other process or pick another with --port.`
    case 'EADDRNOTAVAIL':
      return `Cannot listen on ${where}: ${host} is not an address of this machine (EADDRNOTAVAIL); use --host 127.0.0.1, 0.0.0.0 or one of its addresses.`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `Cannot listen on ${where}: the host name ${host} does not resolve (${code}).`
    case 'EACCES':
      return `Cannot listen on ${where}: permission denied (EACCES); ports below 1024 need privileges, pick another with --port.`
    default:
      return `Cannot start the gateway on ${where}: ${firstLine(String(message ?? error))}${code ? ` (${code})` : ''}`
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
