/**
 * The reference definition of how the normaliser folds each code point, computed from OpenCC's
 * conversion tables and the JavaScript engine's Unicode data (NFKC, lower case, `\p{…}`).
 *
 * Only the generator (`scripts/generate-fold-table.ts`) and the tests use it: the library ships
 * the result as a table (`src/detect/fold-table-data.ts`), so it needs neither OpenCC nor any
 * regular expression at run time, and folds identically on every engine whatever its Unicode
 * version.
 */
import {from as openccFrom, to as openccTo} from 'opencc-js/preset/t2cn'

/** Character classes, as in `src/detect/normalize.ts`. */
export const CLASS_SEP = 0
export const CLASS_SEP_HARD = 1
export const CLASS_WORD = 2
export const CLASS_DIGIT = 3
export const CLASS_CJK = 4
export const CLASS_HANGUL = 5
export const CLASS_MARK = 6
export const CLASS_IGNORABLE = 7

/** How one code point folds. */
export interface FoldEntry {
  /** Normalised UTF-16 units (empty: the code point is removed without trace). */
  units: number[]
  /** `CLASS_*` of each unit. */
  classes: number[]
  /** The code point is whitespace (only read for separators). */
  whitespace: boolean
  /** The code point is a Han character that Simplified Chinese writes differently. */
  traditional: boolean
}

/** Traditional → Simplified, character level, built from OpenCC's TW/HK variant and TS tables. */
export function buildT2s(): Map<number, number> {
  const parse = (dict: unknown, into: Map<number, number>): void => {
    if (typeof dict !== 'string') {
      if (Array.isArray(dict)) for (const d of dict) parse(d, into)
      return
    }
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ')
      if (space < 0) continue
      const source = entry.slice(0, space)
      const target = entry.slice(space + 1).split(' ')[0]
      // Character level only: a phrase table entry would change the text length.
      if (target === undefined || [...source].length !== 1 || [...target].length !== 1) continue
      const s = source.codePointAt(0)!
      const t = target.codePointAt(0)!
      if (s !== t && !into.has(s)) into.set(s, t)
    }
  }
  // Taiwan/Hong Kong variants → OpenCC Traditional (台 → 臺), then Traditional → Simplified (臺 → 台).
  const variants = new Map<number, number>()
  parse([openccFrom.tw, openccFrom.hk], variants)
  const simplified = new Map<number, number>()
  parse(openccTo.cn, simplified)
  const convert = (c: number): number => {
    const v = variants.get(c) ?? c
    return simplified.get(v) ?? v
  }
  const map = new Map<number, number>()
  for (const c of new Set([...variants.keys(), ...simplified.keys()])) {
    // Apply until stable so the map is idempotent: terms and text fold to the same character.
    let t = convert(c)
    for (let hops = 0; hops < 3 && convert(t) !== t; hops++) t = convert(t)
    if (t !== c) map.set(c, t)
  }
  return map
}

const RE_HAN_LIKE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Yi}\u3005\u3006\u30fc\u309b\u309c]/u
const RE_HANGUL = /\p{Script=Hangul}/u
const RE_LETTER = /\p{L}/u
const RE_MARK = /\p{M}/u
const RE_DIGIT = /\p{N}/u
const RE_SPACE = /\s/u
const RE_IGNORABLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{1bca0}-\u{1bca3}\u{e0000}-\u{e0fff}]/u

/**
 * Separators that stay even between CJK characters: line breaks and the sentence and clause
 * punctuation of CJK text, so an honest `澳门，赌场收入` is not glued into `澳门赌场`. Checked on the
 * original character, before NFKC turns `，` into `,`.
 */
export const HARD_SEPARATORS: ReadonlySet<number> = new Set([
  0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029, 0x3001, 0x3002, 0xff61, 0xff64, 0xff0c, 0xff1b,
  0xff1a, 0xff01, 0xff1f, 0x300c, 0x300d, 0x300e, 0x300f, 0x300a, 0x300b, 0xff08, 0xff09
])

function classify(unit: string): number {
  if (RE_SPACE.test(unit)) return CLASS_SEP
  if (RE_HAN_LIKE.test(unit)) return CLASS_CJK
  if (RE_HANGUL.test(unit)) return CLASS_HANGUL
  if (RE_MARK.test(unit)) return CLASS_MARK
  if (RE_DIGIT.test(unit)) return CLASS_DIGIT
  if (RE_LETTER.test(unit)) return CLASS_WORD
  return CLASS_SEP
}

/** Normalise one code point: NFKC, lower case, ё → е, final sigma, Traditional → Simplified. */
function foldCodePoint(cp: number, t2s: ReadonlyMap<number, number>): string {
  const original = String.fromCodePoint(cp)
  if (RE_IGNORABLE.test(original)) return ''
  let folded = original.normalize('NFKC').toLowerCase()
  if (folded !== original) folded = folded.normalize('NFKC')
  let out = ''
  for (const ch of folded) {
    if (RE_IGNORABLE.test(ch)) continue
    const c = ch.codePointAt(0)!
    if (c === 0x451) out += '\u0435' // ё → е: Russian text writes both
    else if (c === 0x3c2) out += '\u03c3' // final sigma
    else {
      const s = t2s.get(c)
      out += s === undefined ? ch : String.fromCodePoint(s)
    }
  }
  return out
}

/** Whether a separator code point is whitespace (the rest are punctuation and symbols). */
function isWhitespace(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return true
  if (cp < 0x80) return false
  return RE_SPACE.test(String.fromCodePoint(cp))
}

/** How `cp` folds (any code point, lone surrogates included), with the OpenCC map from {@link buildT2s}. */
export function foldEntry(cp: number, t2s: ReadonlyMap<number, number>): FoldEntry {
  const out = foldCodePoint(cp, t2s)
  const hard = HARD_SEPARATORS.has(cp)
  const units: number[] = []
  const classes: number[] = []
  for (const ch of out) {
    let cls = hard ? CLASS_SEP_HARD : classify(ch)
    if (cls === CLASS_SEP && hard) cls = CLASS_SEP_HARD
    for (let k = 0; k < ch.length; k++) {
      units.push(ch.charCodeAt(k))
      classes.push(cls)
    }
  }
  const simplified = t2s.get(cp)
  return {units, classes, whitespace: isWhitespace(cp), traditional: simplified !== undefined && simplified !== cp}
}
