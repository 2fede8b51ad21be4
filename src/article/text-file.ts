/** Where the first invalid UTF-8 sequence starts, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let offset = 1; offset < length; offset += 1) {
      if ((bytes[index + offset]! & 0xc0) !== 0x80) return index;
    }
    const second = bytes[index + 1] ?? 0;
    // Overlong three- and four-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) {
      return index;
    }
    index += length;
  }
  return -1;
}

// Control characters other than tab, newline, form feed and carriage return.
const isControlByte = (byte: number): boolean => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
const MAX_CONTROL_SHARE = 0.05;

/**
 * Decodes a file's bytes as UTF-8 text, or says in a few words why it is not text:
 * "not a text file (binary data)", "invalid UTF-8 at byte 1234", "empty file".
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'UTF-16 text is not supported (save it as UTF-8)' };
  }
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return { problem: 'not a text file (binary data)' };
    if (isControlByte(byte)) controls += 1;
  }
  if (controls > bytes.length * MAX_CONTROL_SHARE) return { problem: 'not a text file (binary data)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}` };
  }
  return text.trim().length === 0 ? { problem: 'empty file' } : { text };
}
