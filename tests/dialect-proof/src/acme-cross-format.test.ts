import { fileURLToPath } from 'node:url'
import { describeCrossFormatMatrix } from '@chatwire/testkit'
import { acmeCodec } from '@chatwire-test/dialect-fixture'
import { crossFormatMembers, knownRejections } from '../../cross-format/cross-format-members'

const openai = crossFormatMembers.find((member) => member.name === 'openai')
if (!openai) throw new Error('the cross-format matrix has no openai member')

// Acme's wire is OpenAI's plus a request field: as a target it says what OpenAI says.
const acme = {
  ...openai,
  name: 'acme',
  codec: acmeCodec,
  fixtures: fileURLToPath(new URL('../../dialect-fixture/src/__fixtures__/', import.meta.url)),
}

describeCrossFormatMatrix([...crossFormatMembers, acme], {
  knownRejections: [
    ...knownRejections,
    // Acme's server validates as OpenAI's: the same bodies are refused for the same field.
    ...knownRejections
      .filter((row) => row.target === 'openai')
      .map((row) => ({ ...row, target: 'acme' })),
  ],
})
