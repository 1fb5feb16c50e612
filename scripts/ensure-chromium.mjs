// Makes sure Debian's `chromium` is installed for the browser tests (`/docs` in headless Chromium).
// Idempotent: a no-op when /usr/bin/chromium exists, or when we cannot install (not root, not
// Debian); the browser test then fails with a clear message instead of passing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'

const run = (command, args) => {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) {
    console.error(`ensure-chromium: "${command}" failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is installed, nothing to do`)
} else if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
  console.log(
    `ensure-chromium: ${CHROMIUM} is missing and this is not root on Debian; not installing ` +
      '(install the `chromium` package yourself; the browser tests fail without it)',
  )
} else {
  run('apt-get', ['update'])
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])
}
