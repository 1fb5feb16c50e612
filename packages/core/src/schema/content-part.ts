import type { Static } from '@sinclair/typebox'
import * as Type from './json-type'

export const TextPart = Type.Object(
  { type: Type.Literal('text'), text: Type.String() },
  { $id: 'TextPart', description: 'A piece of text content.' },
)
export type TextPart = Static<typeof TextPart>

export const ImagePart = Type.Object(
  {
    type: Type.Literal('image'),
    url: Type.String({ description: 'An https URL or a `data:` URI with base64 image data.' }),
    detail: Type.Optional(Type.String({ description: 'Vendor detail hint: auto, low or high.' })),
  },
  { $id: 'ImagePart', description: 'An image given by URL or data URI.' },
)
export type ImagePart = Static<typeof ImagePart>

export const AudioPart = Type.Object(
  {
    type: Type.Literal('audio'),
    data: Type.Optional(Type.String({ description: 'Base64 audio bytes.' })),
    format: Type.Optional(Type.String({ description: 'Audio format of `data`, e.g. wav or mp3.' })),
    url: Type.Optional(Type.String({ description: "Audio by URL (a vendor's `audio_url`)." })),
  },
  { $id: 'AudioPart', description: 'Audio given inline (base64 + format) or by URL.' },
)
export type AudioPart = Static<typeof AudioPart>

export const VideoPart = Type.Object(
  { type: Type.Literal('video'), url: Type.String() },
  { $id: 'VideoPart', description: 'A video by URL.' },
)
export type VideoPart = Static<typeof VideoPart>

export const FilePart = Type.Object(
  {
    type: Type.Literal('file'),
    fileData: Type.Optional(Type.String({ description: 'Base64 file bytes.' })),
    fileId: Type.Optional(Type.String()),
    filename: Type.Optional(Type.String()),
  },
  { $id: 'FilePart', description: 'A file given inline or by an uploaded file id.' },
)
export type FilePart = Static<typeof FilePart>

export const RefusalPart = Type.Object(
  { type: Type.Literal('refusal'), refusal: Type.String() },
  { $id: 'RefusalPart', description: 'A refusal, in an assistant message.' },
)
export type RefusalPart = Static<typeof RefusalPart>

/** Parts a user message may carry. */
export const UserContentPart = Type.Union([TextPart, ImagePart, AudioPart, VideoPart, FilePart], {
  $id: 'UserContentPart',
})
export type UserContentPart = Static<typeof UserContentPart>

/** Parts an assistant message may carry. */
export const AssistantContentPart = Type.Union([TextPart, RefusalPart], {
  $id: 'AssistantContentPart',
})
export type AssistantContentPart = Static<typeof AssistantContentPart>
