#!/usr/bin/env node
// The `chatwire` command: the bundled gateway (`dist/main.js`, built by `pnpm build`), run with
// plain Node — no tsx, no TypeScript at run time.
import { existsSync } from 'node:fs'

const main = new URL('../dist/main.js', import.meta.url)
if (existsSync(main)) {
  await import(main.href)
} else {
  console.error(
    'chatwire: the gateway is not built (no dist/main.js). In the repository run `pnpm build`, or `npm start`, which builds on first run.',
  )
  process.exitCode = 1
}
