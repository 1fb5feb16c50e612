// Makes sure Debian's `redis-server` is installed for the quota tests that share state through
// Redis (gateway processes sharing one Redis): in CI they fail without it, elsewhere they skip
// with a loud line.
import { ensureDebianPackage } from './ensure-debian-package.mjs'

ensureDebianPackage({
  name: 'ensure-redis',
  binary: '/usr/bin/redis-server',
  packageName: 'redis-server',
  needs: 'the Redis quota tests',
})
