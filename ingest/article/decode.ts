import iconv from 'iconv-lite';
import { IngestError } from '../errors.js';

/**
 * Bytes to text. The encoding comes from a byte-order mark, else (for HTML) the
 * page's own declaration (`<meta charset>` or `http-equiv`), else UTF-8, which
 * must then decode without a single invalid sequence. Accepted: UTF-8, UTF-16
 * (LE/BE) and windows-1258, the Vietnamese Windows code page (decoded by
 * iconv-lite). Anything else is refused by name: the legacy Vietnamese font
 * encodings (TCVN3, VNI) declare nothing and cannot be told apart from noise.
 */
const ACCEPTED: Record<string, string> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  'utf-16': 'utf16le',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
};

function declaredCharset(bytes: Uint8Array): string | null {
  // The declaration sits in the head, in ASCII: read the first 4 KiB as Latin-1 without decoding the rest.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > sample.length * 0.02;
}

export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array, isHtml: boolean): Decoded {
  if (bytes.length === 0) throw new IngestError('EMPTY', 'the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new IngestError('BINARY', 'the file is binary (it holds NUL or control bytes), not text or HTML');
  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const codec = ACCEPTED[declared];
    if (!codec || codec.startsWith('utf16')) {
      throw new IngestError('UNKNOWN_ENCODING', `the page declares the encoding "${declared}", which is not supported (UTF-8, UTF-16 with a byte-order mark, windows-1258)`);
    }
    return { text: iconv.decode(Buffer.from(bytes), codec), encoding: declared };
  }
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new IngestError('UNKNOWN_ENCODING', 'the file is not valid UTF-8 and declares no other encoding (save it as UTF-8, or declare windows-1258 in the page)');
  }
}
