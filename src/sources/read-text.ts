import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult = { text: string; bytes: number } | { skip: string };

const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd ai heic avif pdf zip gz tgz bz2 xz zst 7z rar jar war ear ' +
    'class so dll dylib exe bin o a lib obj pdb woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav flac ogg webm ' +
    'pyc pyo wasm sqlite sqlite3 db iso dmg img deb rpm apk ipa aab parquet avro pkl pt pth onnx h5 npy npz tflite ' +
    'xls xlsx doc docx ppt pptx odt ods keystore jks der'
  ).split(' '),
);
const SNIFF_BYTES = 8192;

export function hasBinaryExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  // A name's leading dot starts no extension: `.a` is a dotfile, not a static library.
  return dot > path.lastIndexOf('/') + 1 && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/**
 * The most `maxFileSize` may be: a file is read into one string, and V8 caps a string at about 2^29
 * characters; well below that, a file this large is no source file anyway.
 */
export const MAX_FILE_SIZE_LIMIT = 256 * 1024 * 1024;

/**
 * Whatever the path turned into since it was listed, opening it neither waits (a FIFO) nor follows a
 * link out of the tree; what it is, is then asked of the open file itself.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Reads a regular file as text, or says why it is skipped; never reads past `maxBytes`. */
export function readTextFile(absolutePath: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
  } catch (error) {
    return { skip: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: 'not a regular file' };
    const size = stat.size;
    if (size > maxBytes) return { skip: `larger than ${maxBytes} bytes` };
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeText(buffer.subarray(0, read));
  } catch (error) {
    return { skip: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Text from bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM; NUL bytes mean binary. */
export function decodeText(buffer: Buffer): ReadResult {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: buffer.subarray(2).toString('utf16le'), bytes: buffer.length };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, 2 + ((buffer.length - 2) & ~1)));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), bytes: buffer.length };
  }
  if (buffer.subarray(0, SNIFF_BYTES).includes(0)) return { skip: 'binary' };
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return { text: buffer.toString('utf8', start), bytes: buffer.length };
}
