import { describeCrossFormatMatrix } from '@chatwire/testkit'
import { crossFormatMembers, knownRejections } from './cross-format-members'

describeCrossFormatMatrix(crossFormatMembers, { knownRejections })
