// `import` of the packed packages, as an ESM consumer writes it.
import { fileURLToPath } from 'node:url'
import * as core from '@chatwire/core'
import { openaiCodec } from '@chatwire/openai'
import * as sse from '@chatwire/sse'
import { exercisePackages } from './exercise-packages.cjs'

const names = ['@chatwire/core', '@chatwire/sse', '@chatwire/openai']
const input = JSON.parse(process.argv[2])
const result = await exercisePackages({ core, sse, openai: { openaiCodec } }, input)
const resolved = Object.fromEntries(
  names.map((name) => [name, fileURLToPath(import.meta.resolve(name))]),
)
console.log(JSON.stringify({ resolved, ...result }))
