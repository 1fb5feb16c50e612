import type { SseEvent } from '@chatwire/core'
import {
  ELASTIC_CHUNKS,
  ELASTIC_MID_STREAM_ERROR,
  ELASTIC_STREAM,
  FRIENDLI_TOKEN_CHUNK,
  FRIENDLI_TOOL_ASSISTED_STREAM,
  FRIENDLI_TOOL_STATUS,
  OPENAI_CHUNKS,
  OPENAI_STREAM_WITH_KEEP_ALIVE,
} from './vendor-transcripts'

/** What a parser reported for one whole stream. */
export interface ParsedStream {
  events: SseEvent[]
  comments: string[]
  retries: number[]
}

export interface SseParserCase {
  name: string
  /** The wire: text (encoded as UTF-8) or raw bytes. */
  input: string | Uint8Array
  expected: Partial<ParsedStream> & { events: SseEvent[] }
}

const bytes = (...values: number[]) => new Uint8Array(values)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/** The WHATWG rules, Elastic's BOM per event, and real vendor transcripts. */
export const SSE_PARSER_CASES: SseParserCase[] = [
  {
    name: 'LF line endings',
    input: 'data: a\n\ndata: b\n\n',
    expected: { events: [{ data: 'a' }, { data: 'b' }] },
  },
  {
    name: 'CRLF line endings',
    input: 'data: a\r\n\r\ndata: b\r\n\r\n',
    expected: { events: [{ data: 'a' }, { data: 'b' }] },
  },
  {
    name: 'CR line endings',
    input: 'data: a\r\rdata: b\r\r',
    expected: { events: [{ data: 'a' }, { data: 'b' }] },
  },
  {
    name: 'mixed line endings',
    input: 'event: x\rdata: a\r\n\ndata: b\n\r',
    expected: { events: [{ event: 'x', data: 'a' }, { data: 'b' }] },
  },
  {
    name: 'LF then CR is two line ends',
    input: 'data: a\n\rdata: b\n\n',
    expected: { events: [{ data: 'a' }, { data: 'b' }] },
  },
  {
    name: 'multi-line data joined with LF',
    input: 'data: one\ndata: two\ndata:\ndata: four\n\n',
    expected: { events: [{ data: 'one\ntwo\n\nfour' }] },
  },
  {
    name: 'data without colon is an empty line of data',
    input: 'data\n\ndata\ndata\n\n',
    expected: { events: [{ data: '' }, { data: '\n' }] },
  },
  {
    name: 'one optional space after the colon',
    input: 'data:x\n\ndata: x\n\ndata:  x\n\ndata: \n\n',
    expected: { events: [{ data: 'x' }, { data: 'x' }, { data: ' x' }, { data: '' }] },
  },
  {
    name: 'colons inside the value',
    input: 'data: {"a":"b:c"}\n\n',
    expected: { events: [{ data: '{"a":"b:c"}' }] },
  },
  { name: 'trailing spaces kept', input: 'data: a  \n\n', expected: { events: [{ data: 'a  ' }] } },
  {
    name: 'event type, per event',
    input: 'event: ping\ndata: 1\n\ndata: 2\n\n',
    expected: { events: [{ event: 'ping', data: '1' }, { data: '2' }] },
  },
  {
    name: 'empty or colon-less event field means no type',
    input: 'event:\ndata: 1\n\nevent\ndata: 2\n\nevent: \ndata: 3\n\n',
    expected: { events: [{ data: '1' }, { data: '2' }, { data: '3' }] },
  },
  {
    name: 'last event field wins',
    input: 'event: a\nevent: b\ndata: 1\n\n',
    expected: { events: [{ event: 'b', data: '1' }] },
  },
  {
    name: 'id is per event, not carried forward',
    input: 'id: 7\ndata: a\n\ndata: b\n\nid:\ndata: c\n\n',
    expected: { events: [{ data: 'a', id: '7' }, { data: 'b' }, { data: 'c', id: '' }] },
  },
  {
    name: 'id containing NUL is ignored',
    input: 'id: 1\nid: a\0b\ndata: x\n\n',
    expected: { events: [{ data: 'x', id: '1' }] },
  },
  {
    name: 'retry with digits only',
    input: 'retry: 1500\ndata: x\n\nretry: 0\n\n',
    expected: { events: [{ data: 'x', retry: 1500 }], retries: [1500, 0] },
  },
  {
    name: 'retry that is not all digits is ignored',
    input: 'retry: 1.5\nretry: -1\nretry: 12a\nretry:\nretry\nretry:  5\ndata: x\n\n',
    expected: { events: [{ data: 'x' }], retries: [] },
  },
  {
    name: 'all four fields',
    input: 'event: e\ndata: d\nid: i\nretry: 3\n\n',
    expected: { events: [{ event: 'e', data: 'd', id: 'i', retry: 3 }], retries: [3] },
  },
  {
    name: 'comments, with and without a space',
    input: ': keep-alive\n:x\n:\n:  two\ndata: a\n\n',
    expected: { events: [{ data: 'a' }], comments: ['keep-alive', 'x', '', ' two'] },
  },
  {
    name: 'a comment does not end an event',
    input: 'data: a\n: note\ndata: b\n\n',
    expected: { events: [{ data: 'a\nb' }], comments: ['note'] },
  },
  {
    name: 'a block without data is not dispatched',
    input: 'event: x\nid: 1\n\n\n\ndata: y\n\n',
    expected: { events: [{ data: 'y' }] },
  },
  {
    name: 'unknown fields are ignored',
    input: 'foo: bar\nData: no\ndata : no\ndata: yes\n\n',
    expected: { events: [{ data: 'yes' }] },
  },
  {
    name: 'BOM at stream start',
    input: '\uFEFFdata: a\n\n',
    expected: { events: [{ data: 'a' }] },
  },
  {
    name: 'BOM at the start of every line',
    input: '\uFEFFevent: a\n\uFEFFdata: 1\n\n\uFEFFevent: b\ndata: 2\n\uFEFF\n',
    expected: {
      events: [
        { event: 'a', data: '1' },
        { event: 'b', data: '2' },
      ],
    },
  },
  {
    name: 'only one BOM stripped, and only at a line start',
    input: '\uFEFF\uFEFFevent: a\ndata: \uFEFFx\n\n',
    expected: { events: [{ data: '\uFEFFx' }] },
  },
  {
    name: 'stream ending without a blank line drops the last event',
    input: 'data: a\n\ndata: b\n',
    expected: { events: [{ data: 'a' }] },
  },
  {
    name: 'stream ending inside a line drops it',
    input: 'data: a\n\ndata: b',
    expected: { events: [{ data: 'a' }] },
  },
  {
    name: 'stream ending with one CR drops the last event',
    input: 'data: a\r\rdata: b\r',
    expected: { events: [{ data: 'a' }] },
  },
  {
    name: 'multi-byte UTF-8',
    input: 'data: héllo 日本 🙂\n\n',
    expected: { events: [{ data: 'héllo 日本 🙂' }] },
  },
  {
    name: 'invalid UTF-8 becomes U+FFFD',
    input: bytes(...ascii('data: a'), 0xff, 0xc3, ...ascii('b\n\n')),
    expected: { events: [{ data: 'a\uFFFD\uFFFDb' }] },
  },
  {
    name: 'truncated UTF-8 at the end is discarded with its line',
    input: bytes(...ascii('data: a\n\ndata: '), 0xf0, 0x9f),
    expected: { events: [{ data: 'a' }] },
  },
  {
    name: 'Elastic stream (BOM before every event)',
    input: ELASTIC_STREAM,
    expected: { events: ELASTIC_CHUNKS.map((data) => ({ event: 'message', data })) },
  },
  {
    name: 'Elastic mid-stream error, no [DONE]',
    input: ELASTIC_MID_STREAM_ERROR,
    expected: {
      events: [
        { event: 'message', data: ELASTIC_CHUNKS[0]! },
        {
          event: 'error',
          data: '{"error":{"code":"stream_error","message":"Received an error response for request from inference entity id [my-endpoint]. Error message: [...]","type":"error"}}',
        },
      ],
    },
  },
  {
    name: 'OpenAI stream with keep-alive comments',
    input: OPENAI_STREAM_WITH_KEEP_ALIVE,
    expected: {
      events: OPENAI_CHUNKS.map((data) => ({ data })),
      comments: ['keep-alive', 'keep-alive', 'keep-alive'],
    },
  },
  {
    name: 'Friendli tool_status events',
    input: FRIENDLI_TOOL_ASSISTED_STREAM,
    expected: {
      events: [
        ...FRIENDLI_TOOL_STATUS.map((data) => ({ event: 'tool_status', data })),
        { data: FRIENDLI_TOKEN_CHUNK },
        { data: '[DONE]' },
      ],
    },
  },
]
