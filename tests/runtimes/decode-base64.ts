/** Base64 → bytes with `atob`, which every runtime the matrix runs has (Node 20 lacks `Uint8Array.fromBase64`). */
export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
