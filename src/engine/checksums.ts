const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function toBase62(value: number, width: number): string {
  let text = '';
  for (let n = value; n > 0; n = Math.floor(n / 62)) text = BASE62[n % 62] + text;
  return text.padStart(width, '0');
}

/**
 * Checksums some providers build into their tokens. A token whose checksum holds is certain;
 * one whose checksum fails is a look-alike, not a secret.
 */
export const checksums: Record<string, (secret: string) => boolean> = {
  /** GitHub and npm: the last 6 characters are the base62 CRC32 of the 30 random characters before them. */
  'crc32-base62': (secret) => {
    if (secret.length < 36) return false;
    const body = secret.slice(-36, -6);
    // node:zlib loads only when a token with this checksum turns up, not with every hook.
    return toBase62(process.getBuiltinModule('node:zlib').crc32(body), 6) === secret.slice(-6);
  },
};
