/**
 * The format of the generated folding table (`fold-table-data.ts`), shared by its generator
 * (`scripts/generate-fold-table.ts`) and its decoder (`fold-table.ts`).
 *
 * One string of base-32 varints (each character carries 5 bits and a continuation bit), describing
 * runs of consecutive code points: `length, tag, payload`. The tag packs the kind (`FOLD_*`), the
 * class, the whitespace bit and the Traditional-Han bit; a single-unit run's payload is the zigzag
 * delta from code point to output unit; a multi-unit entry (always a run of one) lists its units,
 * each as `zigzag(unit - previous unit) << 3 | class`. The BMP comes in blocks of
 * {@link FOLD_BLOCK_SIZE} code points, then everything beyond it; each decodes on its own.
 */
import {PACK_DIGITS} from './packed-numbers.js'

/** Digits of the data's base-32 varints: a digit's value is its index; 32 and above mean "more follows". */
export const FOLD_DIGITS = PACK_DIGITS

/** Code points per block of the BMP in the data (each decodes on its own). */
export const FOLD_BLOCK_SIZE = 1024

/** Run kinds in the data. One output unit (BMP only). */
export const FOLD_SINGLE = 0
/** Several output units, or one for a code point beyond the BMP. */
export const FOLD_MULTI = 1
/** Removed without trace. */
export const FOLD_REMOVED = 2
/** A code point beyond the BMP that stays as it is (its two surrogates share one class). */
export const FOLD_PAIR = 3
/** Tag bit: the code point is whitespace (read for separators only). */
export const TAG_WHITESPACE = 32
/** Tag bit: a Han character that Simplified Chinese writes differently. */
export const TAG_TRADITIONAL = 64

