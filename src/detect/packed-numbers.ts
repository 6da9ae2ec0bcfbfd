/**
 * Lists of small non-negative integers packed into ASCII strings, for generated data modules: a
 * string literal costs nothing to load, and reading a number from it is a few array reads, where
 * an array literal of the same numbers would be parsed and allocated when the module loads.
 */

/** The 64 digits, by value. */
export const PACK_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Digits per number in {@link packFixed} strings: three base-64 digits, so numbers below 262,144. */
export const PACK_WIDTH = 3

/** Largest number {@link packFixed} can hold. */
export const PACK_MAX = 64 ** PACK_WIDTH - 1

const digitValue = new Uint8Array(128)
for (let k = 0; k < PACK_DIGITS.length; k++) digitValue[PACK_DIGITS.charCodeAt(k)] = k

/** Pack numbers (0 to {@link PACK_MAX}) into a string of {@link PACK_WIDTH} digits each (for generators). */
export function packFixed(numbers: readonly number[]): string {
  let out = ''
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 0 || n > PACK_MAX) throw new RangeError(`cannot pack ${n}`)
    out += PACK_DIGITS[n >> 12]! + PACK_DIGITS[(n >> 6) & 63]! + PACK_DIGITS[n & 63]!
  }
  return out
}

/** The `index`th number of a {@link packFixed} string. */
export function packedAt(packed: string, index: number): number {
  const k = index * PACK_WIDTH
  return (digitValue[packed.charCodeAt(k)]! << 12) | (digitValue[packed.charCodeAt(k + 1)]! << 6) | digitValue[packed.charCodeAt(k + 2)]!
}

/** Every number of a {@link packFixed} string. */
export function unpackFixed(packed: string): Int32Array {
  const out = new Int32Array(packed.length / PACK_WIDTH)
  for (let i = 0; i < out.length; i++) out[i] = packedAt(packed, i)
  return out
}
