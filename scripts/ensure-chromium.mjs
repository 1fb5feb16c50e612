// Makes sure Debian's `chromium` is installed for the browser tests (`/docs` in headless Chromium).
import { ensureDebianPackage } from './ensure-debian-package.mjs'

ensureDebianPackage({
  name: 'ensure-chromium',
  binary: '/usr/bin/chromium',
  packageName: 'chromium',
  needs: 'the browser tests',
})
