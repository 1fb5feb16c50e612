import { readFileSync } from 'node:fs'

/** A Worker that needs Node: the bundle check must refuse it (bundle-worker.test.ts). */
export default {
  fetch: () => new Response(readFileSync('/etc/hostname', 'utf8')),
}
