import { defineModuleBuild } from '../../scripts/define-module-build'

export default defineModuleBuild({
  index: 'src/index.ts',
  'docs/index': 'src/docs/index.ts',
  'dialect/index': 'src/dialect/index.ts',
})
