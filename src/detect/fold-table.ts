/**
 * The per-code-point folding table of the normaliser, decoded from the generated
 * `fold-table-data.ts` block by block as text needs it (English text needs a block or two, a
 * Chinese page some twenty; each takes a fraction of a millisecond).
 *
 * For the Basic Multilingual Plane, one `Int32Array` entry per UTF-16 unit packs everything the
 * normaliser's inner loop needs (`INFO_*` bits), so folding a character is one array read; an
 * entry of 0 means its block is not decoded yet (every decoded entry has a bit set). Code points
 * beyond the BMP (emoji, Han extensions, mathematical letters) are looked up in a sorted list of
 * runs, decoded on the first one met. Entries that fold to several units (`ﬁ` → `fi`, `㎏` →
 * `kg`) point into flat arrays.
 */
import {lastAtMost} from '../last-at-most.js'
import {FOLD_TABLE_BLOCKS, FOLD_TABLE_DATA} from './fold-table-data.js'
import {FOLD_BLOCK_SIZE, FOLD_DIGITS, FOLD_MULTI, FOLD_REMOVED, FOLD_SINGLE, TAG_TRADITIONAL, TAG_WHITESPACE} from './fold-table-format.js'

/** Info bits 0–2: the class (`CLASS_*` of normalize.ts) of a single unit or pair, or of a multi-unit entry's first unit. */
export const INFO_CLASS = 7
/** Info bit: a whitespace separator. */
export const INFO_WHITESPACE = 1 << 3
/** Info bit: a multi-unit entry. */
export const INFO_MULTI = 1 << 4
/** Info bit: removed without trace. */
export const INFO_REMOVED = 1 << 5
/** Info bit: a Traditional-only Han character. */
export const INFO_TRADITIONAL = 1 << 6
/** Info bit: a high surrogate, which may start a pair. */
export const INFO_HIGH_SURROGATE = 1 << 7
/** Info bit: one output unit that is a letter, digit or CJK/Hangul character (the normaliser's fast path). */
export const INFO_PLAIN = 1 << 8
/** Info bit: one output unit, or a multi-unit entry, whose first class is a separator. */
export const INFO_SEPARATOR = 1 << 9
/** Info bit: the output unit is a Greek or Cyrillic letter (look-alike mapping may apply). */
export const INFO_GREEK_CYRILLIC = 1 << 10
/** Info bit: a code point beyond the BMP kept as its two surrogates. */
export const INFO_PAIR = 1 << 11
/** Info bit: the output unit is a digit that leetspeak uses for a letter (`0 1 3 4 5 7`). */
export const INFO_LEET_DIGIT = 1 << 12
/**
 * Info bit: one output unit of the CJK or Hangul class (a text without any, marks and multi-unit
 * folds neither, holds only letters, digits and spaces).
 */
export const INFO_CJK_HANGUL = 1 << 13
/**
 * Info bits 14–31 (read with `>> INFO_SHIFT`): for a single unit, the signed difference from the
 * input unit to the output unit (so a run of unchanged characters has one value, filled natively);
 * for a multi-unit entry, its index.
 */
export const INFO_SHIFT = 14

const CLASS_SEP = 0
const CLASS_SEP_HARD = 1
const CLASS_WORD = 2
const CLASS_DIGIT = 3
const CLASS_CJK = 4
const CLASS_HANGUL = 5

/** The table, filled as blocks are decoded. */
export interface FoldTable {
  /** `INFO_*` bits per BMP unit (0: block not decoded yet; {@link foldInfo} decodes it). */
  readonly info: Int32Array
  /** Start of each multi-unit entry in `multiUnits`/`multiClasses` (one more than there are entries). */
  readonly multiStart: number[]
  readonly multiUnits: number[]
  readonly multiClasses: number[]
  /** First code point of each run beyond the BMP, ascending (empty until the first one is met). */
  readonly astralStart: number[]
  /** `INFO_*` bits of each such run. */
  readonly astralInfo: number[]
}

const table: FoldTable = {info: new Int32Array(0x10000), multiStart: [0], multiUnits: [], multiClasses: [], astralStart: [], astralInfo: []}

/** The table (blocks are decoded by {@link foldInfo}, or when an entry read from `info` is 0). */
export function foldTable(): FoldTable {
  return table
}

/** `INFO_*` bits of any code point (BMP or beyond), decoding its block if needed. */
export function foldInfo(cp: number): number {
  if (cp < 0x10000) {
    const e = table.info[cp]!
    if (e !== 0) return e
    decodeBlock(cp >> 10)
    return table.info[cp]!
  }
  if (table.astralStart.length === 0) decodeBlock(FOLD_TABLE_BLOCKS.length - 2)
  return table.astralInfo[Math.max(lastAtMost(table.astralStart, cp), 0)]!
}

/** Leetspeak: the letter each ASCII character stands for, by code (0: none). */
const LEET = new Uint8Array(128)
for (const [from, to] of [
  ['0', 'o'],
  ['1', 'i'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['$', 's'],
  ['@', 'a']
] as const) LEET[from.charCodeAt(0)] = to.charCodeAt(0)

/** The letter the UTF-16 unit `code` stands for in leetspeak (`4` → `a`, `$` → `s`), or 0. */
export function leetLetter(code: number): number {
  return code < 128 ? LEET[code]! : 0
}

/** The digits among them, which {@link INFO_LEET_DIGIT} marks. */
const LEET_DIGITS: readonly number[] = [...'0123456789'].map((d) => d.charCodeAt(0)).filter((d) => LEET[d] !== 0)

/** Greek and Cyrillic output units: words mixing them with Latin get look-alike mapping. */
const GREEK_CYRILLIC_FIRST = 0x370
const GREEK_CYRILLIC_LAST = 0x52f

const digitValue = new Uint8Array(128)
for (let k = 0; k < FOLD_DIGITS.length; k++) digitValue[FOLD_DIGITS.charCodeAt(k)] = k

/**
 * Decode block `block` of the data: a BMP block of {@link FOLD_BLOCK_SIZE} code points, or (the
 * last one) every code point beyond the BMP. Varints are read inline: this runs in a fresh
 * process, before the engine has optimised anything, so every call saved counts.
 */
function decodeBlock(block: number): void {
  const data = FOLD_TABLE_DATA
  const info = table.info
  let pos = FOLD_TABLE_BLOCKS[block]!
  const stop = FOLD_TABLE_BLOCKS[block + 1]!
  const astral = block === FOLD_TABLE_BLOCKS.length - 2
  let cp = astral ? 0x10000 : block * FOLD_BLOCK_SIZE
  let previousUnit = 0
  while (pos < stop) {
    let length = 0
    for (let scale = 1; ; scale *= 32) {
      const d = digitValue[data.charCodeAt(pos++)]!
      length += (d & 31) * scale
      if (d < 32) break
    }
    let tag = 0
    for (let scale = 1; ; scale *= 32) {
      const d = digitValue[data.charCodeAt(pos++)]!
      tag += (d & 31) * scale
      if (d < 32) break
    }
    const kind = tag & 3
    const cls = (tag >> 2) & 7
    let bits = (tag & TAG_WHITESPACE ? INFO_WHITESPACE : 0) | (tag & TAG_TRADITIONAL ? INFO_TRADITIONAL : 0)
    let delta = 0
    if (kind === FOLD_SINGLE) {
      let z = 0
      for (let scale = 1; ; scale *= 32) {
        const d = digitValue[data.charCodeAt(pos++)]!
        z += (d & 31) * scale
        if (d < 32) break
      }
      delta = z & 1 ? -(z + 1) / 2 : z / 2
      bits |= cls | (delta << INFO_SHIFT)
      if (cls === CLASS_SEP || cls === CLASS_SEP_HARD) bits |= INFO_SEPARATOR
      else if (cls === CLASS_WORD || cls === CLASS_DIGIT) bits |= INFO_PLAIN
      else if (cls === CLASS_CJK || cls === CLASS_HANGUL) bits |= INFO_PLAIN | INFO_CJK_HANGUL
    } else if (kind === FOLD_MULTI) {
      let count = 0
      for (let scale = 1; ; scale *= 32) {
        const d = digitValue[data.charCodeAt(pos++)]!
        count += (d & 31) * scale
        if (d < 32) break
      }
      const first = table.multiClasses.length
      for (let k = 0; k < count; k++) {
        let z = 0
        for (let scale = 1; ; scale *= 32) {
          const d = digitValue[data.charCodeAt(pos++)]!
          z += (d & 31) * scale
          if (d < 32) break
        }
        const cl = z & 7
        const zd = (z - cl) / 8
        previousUnit += zd & 1 ? -(zd + 1) / 2 : zd / 2
        table.multiUnits.push(previousUnit)
        table.multiClasses.push(cl)
      }
      const firstClass = table.multiClasses[first]!
      bits |= INFO_MULTI | firstClass | ((table.multiStart.length - 1) << INFO_SHIFT)
      if (firstClass === CLASS_SEP || firstClass === CLASS_SEP_HARD) bits |= INFO_SEPARATOR
      table.multiStart.push(table.multiClasses.length)
    } else if (kind === FOLD_REMOVED) bits |= INFO_REMOVED
    else bits |= INFO_PAIR | cls
    if (astral) {
      table.astralStart.push(cp)
      table.astralInfo.push(bits)
      cp += length
      continue
    }
    // One native fill per run; only output units landing in the Greek/Cyrillic block, or on a
    // leetspeak digit, differ.
    const end = cp + length
    info.fill(bits, cp, end)
    if (kind === FOLD_SINGLE && cp + delta <= GREEK_CYRILLIC_LAST && end - 1 + delta >= GREEK_CYRILLIC_FIRST) {
      info.fill(bits | INFO_GREEK_CYRILLIC, Math.max(cp, GREEK_CYRILLIC_FIRST - delta), Math.min(end, GREEK_CYRILLIC_LAST + 1 - delta))
    }
    if (kind === FOLD_SINGLE && cls === CLASS_DIGIT) {
      for (const digit of LEET_DIGITS) if (digit - delta >= cp && digit - delta < end) info[digit - delta]! |= INFO_LEET_DIGIT
    }
    cp = end
  }
  // High surrogates: the normaliser pairs them first.
  if (!astral) {
    for (let c = Math.max(0xd800, block * FOLD_BLOCK_SIZE); c < Math.min(0xdc00, (block + 1) * FOLD_BLOCK_SIZE); c++) {
      info[c] = (info[c]! & ~(INFO_PLAIN | INFO_SEPARATOR)) | INFO_HIGH_SURROGATE
    }
  }
}
