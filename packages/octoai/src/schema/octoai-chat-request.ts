import { Nullish, Type } from '@chatwire/core'
import type { Static } from '@sinclair/typebox'
import { OctoAIChatMessage } from './octoai-chat-message'

const jsonObject = (description: string) =>
  Type.Record(Type.String(), Type.Unknown(), { description })

export const OctoAITool = Type.Object(
  {
    type: Type.Optional(
      Type.Literal('function', {
        default: 'function',
        description: 'The type of tool. Today only `function` is supported.',
      }),
    ),
    function: Type.Object(
      {
        name: Type.String({ description: 'The name of the function to be defined.' }),
        description: Type.Optional(
          Type.String({
            default: '',
            description:
              'A description of what the function does, used by the model to choose when and how to call it.',
          }),
        ),
        parameters: Type.Optional(
          jsonObject('The parameters the function accepts, described as a JSON Schema.'),
        ),
      },
      { description: 'The function definition.' },
    ),
  },
  { $id: 'OctoAITool', description: 'A function the model may call (`ToolDefinition`).' },
)
export type OctoAITool = Static<typeof OctoAITool>

export const OctoAIToolChoice = Type.Union(
  [
    Type.Literal('auto'),
    Type.Literal('required'),
    Type.Object(
      {
        type: Type.Optional(
          Type.Literal('function', {
            default: 'function',
            description: 'The type of tool. Today only `function` is supported.',
          }),
        ),
        function: Type.Object(
          { name: Type.String({ description: 'The name of the function to call.' }) },
          { description: 'The function the model must call.' },
        ),
      },
      { description: 'Forces a call of this function.' },
    ),
  ],
  {
    $id: 'OctoAIToolChoice',
    description: 'Which tool the model calls. There is no `"none"`: leave the tools out instead.',
  },
)
export type OctoAIToolChoice = Static<typeof OctoAIToolChoice>

export const OctoAIResponseFormat = Type.Object(
  {
    type: Type.String({
      description: '`json_object` (with `schema`), `json_schema` (Llama 3.1 models) or `text`.',
    }),
    schema: Nullish(jsonObject('A JSON Schema the output must follow.')),
    json_schema: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ description: 'A name for the schema.' })),
          description: Type.Optional(Type.String({ description: 'What the output is for.' })),
          schema: Type.Optional(jsonObject('The JSON Schema the output must follow.')),
          strict: Nullish(
            Type.Boolean({
              description: 'Follow the schema exactly (Llama 3.1 8B only, per the docs).',
            }),
          ),
        },
        { description: 'The OpenAI-style form OctoAI documented from Sept 2024.' },
      ),
    ),
  },
  {
    $id: 'OctoAIResponseFormat',
    description: 'Constrains the output, e.g. `{"type":"json_object","schema":{…}}`.',
  },
)
export type OctoAIResponseFormat = Static<typeof OctoAIResponseFormat>

const penalty = (description: string) =>
  Type.Optional(Type.Number({ minimum: -2, maximum: 2, default: 0, description }))
const flag = (description: string) => Type.Optional(Type.Boolean({ default: false, description }))

/** `CreateChatCompletionRequest`, OctoAI's final spec (2024-08-30); reference §6.2. */
export const OctoAIChatRequest = Type.Object(
  {
    model: Type.String({ description: 'A shared tenancy or custom model identifier.' }),
    messages: Type.Array(OctoAIChatMessage, { description: 'The conversation so far.' }),
    max_tokens: Type.Optional(
      Type.Integer({ minimum: 1, default: 512, description: 'Tokens to generate at most.' }),
    ),
    temperature: Type.Optional(
      Type.Number({ minimum: 0, maximum: 2, default: 1, description: 'Sampling randomness.' }),
    ),
    top_p: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1, default: 1, description: 'Nucleus mass.' }),
    ),
    n: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Sequences to return.' })),
    stop: Nullish(
      Type.Union([Type.String(), Type.Array(Type.String())], { description: 'Stop sequences.' }),
    ),
    frequency_penalty: penalty('Penalises tokens by their frequency so far.'),
    presence_penalty: penalty('Penalises tokens that already appeared.'),
    repetition_penalty: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, default: 1, description: 'Penalises repeated text.' }),
    ),
    min_p: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: 0,
        description: 'Drops tokens below this fraction of the top token probability.',
      }),
    ),
    logit_bias: Nullish(
      Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()]), {
        description: 'Token id → bias added to the logits (−100 to 100).',
      }),
    ),
    logprobs: flag('Return the log probabilities of the output tokens.'),
    top_logprobs: Type.Optional(
      Type.Integer({ default: 0, description: 'Most likely tokens per position (0 to 20).' }),
    ),
    loglikelihood: flag('Return the log probabilities of the prompt tokens.'),
    ignore_eos: flag('Keep generating after the EOS token.'),
    log_prompt: flag('Let OctoAI store the prompt.'),
    peft: Nullish(Type.String({ description: 'A LoRA / PEFT adapter id.' })),
    response_format: Nullish(OctoAIResponseFormat),
    tools: Nullish(
      Type.Array(OctoAITool, { maxItems: 128, description: 'Functions the model may call.' }),
    ),
    tool_choice: Nullish(OctoAIToolChoice),
    stream: flag('Stream the answer as server-sent events.'),
    stream_options: Nullish(
      Type.Object(
        { include_usage: flag('Send usage on the final chunk before `[DONE]`.') },
        { description: 'Streaming options.' },
      ),
    ),
    user: Nullish(Type.String({ description: 'An end-user identifier.' })),
  },
  {
    $id: 'OctoAIChatRequest',
    description:
      'An OctoAI chat completion request (`POST /v1/chat/completions`). Unknown fields are ignored, as by OctoAI.',
  },
)
export type OctoAIChatRequest = Static<typeof OctoAIChatRequest>
