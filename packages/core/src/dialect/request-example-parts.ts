// What the dialects' request examples (`OperationDescriptor.requestExamples`) share, whatever
// their wire shape, so that "Try it out" asks every dialect the same things.

/** A function tool's definition (name, description, JSON Schema parameters): a city's weather. */
export const EXAMPLE_WEATHER_FUNCTION = {
  name: 'get_weather',
  description: 'The current weather in a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string', description: 'The city, e.g. Paris.' } },
    required: ['city'],
  },
}

/** Said of an example whose message carries an emulator directive (`[[tools]]`, `[[chunks:5]]`). */
export const EXAMPLE_EMULATOR_NOTE =
  'The `[[…]]` directive steers the emulated upstreams of the embedded default (`pnpm start`); ' +
  'a real model reads it as text.'
