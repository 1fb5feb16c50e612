/** Every `<name>.request.json` in `__fixtures__`: each must round-trip without loss. */
export const OCTOAI_REQUEST_FIXTURES = [
  'octoai-text',
  'octoai-tool-call',
  'octoai-json-mode',
  'octoai-json-schema',
  'octoai-image',
  'octoai-every-field',
]
