import { describeSourcesFixtures } from '@chatwire/testkit'

// Each vendor fact in SOURCES.md is a fixture the conformance kit (octoai-codec.test.ts) runs.
describeSourcesFixtures(new URL('.', import.meta.url), 'octoai')
