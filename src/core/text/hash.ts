// A small, fast, non-cryptographic string hash (cyrb53), enough to give stable ids and to
// recognise an article imported twice. Pure, so the same value comes out in Apps Script and Node.

export function hash53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hex digest of `hash53`, zero-padded to 14 characters. */
export function hashHex(input: string): string {
  return hash53(input).toString(16).padStart(14, "0");
}

/** A short id with a prefix: `S-1a2b3c4d`. Eight hex digits keep collisions unlikely for a ledger's size. */
export function shortId(prefix: string, key: string): string {
  return `${prefix}-${hashHex(key).slice(-8)}`;
}
