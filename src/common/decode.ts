import { isUtf8 } from 'node:buffer'

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; offset: number; reason: string; textBefore: string }

/**
 * Template bytes to text. Invalid UTF-8 and NUL bytes (binary files) are
 * refused with the offset of the first bad byte, so it can be pointed at.
 */
export function decodeTemplateBytes(bytes: Uint8Array): Decoded {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Offset(bytes)
    const textBefore = new TextDecoder().decode(bytes.subarray(0, offset))
    return {
      ok: false,
      offset,
      textBefore,
      reason: 'the file is not valid UTF-8 text: save it as UTF-8',
    }
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    return {
      ok: false,
      offset: nul,
      textBefore: text.slice(0, nul),
      reason:
        'the file contains a NUL byte: template files must be text, not binary',
    }
  }
  return { ok: true, text }
}

/** Byte offset where UTF-8 decoding first fails (called only when it does). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0
    if (length === 0 || i + length > bytes.length) return i
    if (!isUtf8(bytes.subarray(i, i + length))) return i
    i += length
  }
  return bytes.length
}
