/**
 * A string's UTF-16 code units in a typed array, for the normaliser's loop.
 *
 * Why: V8 stores a string as one-byte or two-byte, flat, sliced (a window on a larger string) or
 * concatenated, and page texts come in all of these (a page with one `’` makes every text cut from
 * it two-byte). Once a loop's `charCodeAt` has met several kinds, V8's compiled code checks the
 * kind at every character: bench:matcher's normaliser ran at about 100 MB/s on such a mix against
 * 175 MB/s on one-byte strings alone. Copying the units into a typed array first (natively, with
 * Node's `Buffer#write`) costs about 100 ns a text and makes the loop read one kind of thing.
 */

/** Copies of up to this many units reuse one buffer (2 bytes a unit: 512 KB at most stay allocated). */
export const MAX_REUSED_UNITS = 1 << 18

/** Node's `Buffer` (also in Bun and Deno) when present; browsers copy with a loop. */
const NodeBuffer: typeof Buffer | undefined = (globalThis as {Buffer?: typeof Buffer}).Buffer

/** `utf16le` writes units in little-endian order; a typed array reads them in the machine's. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Whether copies go through `Buffer#write` (else a `charCodeAt` loop). */
export const NATIVE_COPY = NodeBuffer !== undefined && LITTLE_ENDIAN

/**
 * Whether Node's `Buffer#ucs2Write(string, offset, length)` is there: the method `Buffer#write(…,
 * 'utf16le')` ends in after checking its arguments and looking the encoding up by name. It has
 * been on every Node `Buffer` since 0.x but is undocumented, so it is used only when present.
 * Calling it directly spares that wrapper, which cost about as much as the copy itself on the
 * short texts of blocks (bench:matcher profile: `write` and `getEncodingOps` 2.5 % of `find`,
 * the native copy 3.2 %).
 */
const HAS_UCS2_WRITE = NATIVE_COPY && typeof (NodeBuffer!.prototype as {ucs2Write?: unknown}).ucs2Write === 'function'

/** `Buffer` with the method {@link HAS_UCS2_WRITE} looks for. */
type Ucs2Writer = Buffer & {ucs2Write(text: string, offset: number, length: number): number}

let shared = new Uint16Array(1024)
let sharedBytes: Buffer | undefined = bytesOf(shared)

function bytesOf(units: Uint16Array): Buffer | undefined {
  return NATIVE_COPY ? NodeBuffer!.from(units.buffer, units.byteOffset, units.byteLength) : undefined
}

/**
 * The UTF-16 units of `text` in `[0, text.length)` of the returned array (lone surrogates kept).
 * The array is shared and overwritten by the next call unless `text` is longer than
 * {@link MAX_REUSED_UNITS}: read it before calling again.
 */
export function textUnits(text: string): Uint16Array {
  const n = text.length
  if (n > shared.length) {
    if (n > MAX_REUSED_UNITS) {
      const own = new Uint16Array(n)
      copyUnits(text, own, bytesOf(own))
      return own
    }
    shared = new Uint16Array(Math.min(Math.max(n, shared.length * 2), MAX_REUSED_UNITS))
    sharedBytes = bytesOf(shared)
  }
  copyUnits(text, shared, sharedBytes)
  return shared
}

/**
 * Texts up to this many units are copied by a loop even when a native copy is possible: a call
 * into Node's C++ costs about what a loop pays for 16 units, and half the texts of blocks are
 * shorter than 13 (bench:matcher's corpus; copying all its blocks took 2.4 ms this way against
 * 2.9 ms natively, and 2.5 ms with 32 here).
 */
export const MAX_LOOP_COPY = 16

/**
 * Copy the units of `text` into `into` (long enough), natively through `bytes` (its bytes) when
 * given and the text is longer than {@link MAX_LOOP_COPY}.
 */
export function copyUnits(text: string, into: Uint16Array, bytes: Buffer | undefined): void {
  if (bytes !== undefined && text.length > MAX_LOOP_COPY) {
    if (HAS_UCS2_WRITE) (bytes as Ucs2Writer).ucs2Write(text, 0, text.length * 2)
    else bytes.write(text, 0, text.length * 2, 'utf16le')
    return
  }
  for (let i = 0; i < text.length; i++) into[i] = text.charCodeAt(i)
}
