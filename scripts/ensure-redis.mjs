// Makes sure Debian's `redis-server` is installed for the quota tests that share state through
// Redis (two gateway processes, one Redis). Idempotent: a no-op when the binary exists, or when we
// cannot install (not root, not Debian); the Redis tests then fail in CI (or skip loudly on a
// developer machine) with a clear message instead of passing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const REDIS_SERVER = '/usr/bin/redis-server'

const run = (command, args) => {
  console.log(`ensure-redis: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) {
    console.error(`ensure-redis: "${command}" failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
}

if (existsSync(REDIS_SERVER)) {
  console.log(`ensure-redis: ${REDIS_SERVER} is installed, nothing to do`)
} else if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
  console.log(
    `ensure-redis: ${REDIS_SERVER} is missing and this is not root on Debian; not installing ` +
      '(install the `redis-server` package yourself; the Redis quota tests need it)',
  )
} else {
  run('apt-get', ['update'])
  run('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'])
}
