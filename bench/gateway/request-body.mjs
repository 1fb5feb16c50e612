// The chat request every target gets: OpenAI dialect, the answer's shape in the prompt
// (`chunks=N delay=MS`, read by the fake upstream; every target forwards the prompt unchanged).
export function requestBody({ model, chunks, delay = 0, stream }) {
  const body = {
    model,
    messages: [{ role: 'user', content: `Benchmark answer: chunks=${chunks} delay=${delay}` }],
  }
  if (stream) {
    body.stream = true
    body.stream_options = { include_usage: true }
  }
  return JSON.stringify(body)
}
