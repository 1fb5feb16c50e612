#!/usr/bin/env node
import { selectDialect } from './dialects/select-dialect'
import { parseCliArguments } from './parse-cli-arguments'
import { startEmulator } from './start-emulator'

// `pnpm emulator --dialect elastic --port 9200`: one vendor emulator until Ctrl-C.
let options: ReturnType<typeof parseCliArguments>
try {
  options = parseCliArguments(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(2)
}
const emulator = await startEmulator(options)
for (const path of selectDialect(options.dialect).paths) {
  console.log(`${options.dialect} emulator: POST ${emulator.url}${path}`)
}
const stop = () => {
  void emulator.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
