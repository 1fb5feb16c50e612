import { defineModuleBuild } from '../../scripts/define-module-build'

export default defineModuleBuild({ index: 'src/index.ts' })
