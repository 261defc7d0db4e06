/**
 * Random bytes from Web Crypto (`globalThis.crypto.getRandomValues`), which
 * Node 20 and every browser provide. Never Math.random.
 */
export function hasRandom(): boolean {
  return typeof globalThis.crypto?.getRandomValues === "function";
}

export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}
