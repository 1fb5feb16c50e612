// Installs one Debian package a test needs, with apt-get, when its binary is missing. Idempotent:
// a no-op when the binary exists, or when we cannot install (not root, not Debian); the tests
// that need it then fail with a clear message instead of passing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * `name` prefixes every line (the script's name), `binary` is the path that proves the package
 * is there, `needs` says which tests need it.
 */
export function ensureDebianPackage({ name, binary, packageName, needs }) {
  const run = (command, args) => {
    console.log(`${name}: ${command} ${args.join(' ')}`)
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      console.error(`${name}: "${command}" failed (exit ${result.status})`)
      process.exit(result.status ?? 1)
    }
  }
  if (existsSync(binary)) {
    console.log(`${name}: ${binary} is installed, nothing to do`)
  } else if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
    console.log(
      `${name}: ${binary} is missing and this is not root on Debian; not installing ` +
        `(install the \`${packageName}\` package yourself; ${needs} fail without it)`,
    )
  } else {
    run('apt-get', ['update'])
    run('apt-get', ['install', '-y', '--no-install-recommends', packageName])
  }
}
