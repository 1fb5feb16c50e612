#!/usr/bin/env node
import { resolveDialect } from './dialects/resolve-dialect'
import { parseCliArguments } from './parse-cli-arguments'
import { startEmulator } from './start-emulator'

// `pnpm emulator --dialect <name> --port 9200`: one dialect's emulator until Ctrl-C.
let options: ReturnType<typeof parseCliArguments>
try {
  options = parseCliArguments(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(2)
}
const emulator = await startEmulator(options)
for (const path of resolveDialect(options.dialect).emulator.paths) {
  console.log(`${emulator.dialect} emulator: POST ${emulator.url}${path}`)
}
const stop = () => {
  void emulator.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
