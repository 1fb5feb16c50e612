import { readFile } from 'node:fs/promises'
import type { GatewayConfig } from './gateway-config'
import { parseConfigText } from './parse-config-text'
import { validateConfig } from './validate-config'

/** Reads a JSON or YAML config file; every failure message names the file and the path. */
export async function loadConfig(
  file: string,
  env: Record<string, string | undefined> = process.env,
): Promise<GatewayConfig> {
  const text = await readFile(file, 'utf8')
  return validateConfig(parseConfigText(text, file), env)
}
