/**
 * Text normalisation for dictionary matching, with an offset map back to the original text.
 *
 * The same function normalises dictionary terms and page text, so whatever it folds (case, width,
 * Traditional/Simplified Chinese, look-alike letters) folds identically on both sides.
 *
 * Two views are produced:
 * - the main view ({@link normalizeText}): NFKC, lower case, Traditional → Simplified (character
 *   level, so one output unit per input unit), zero-width characters removed, every run of
 *   separators collapsed into one space, separators between CJK characters removed, spaced-out
 *   single letters (`s l o t`) glued, and look-alike letters of another script mapped inside
 *   mixed-script words (`саsino` with Cyrillic `с`, `а`);
 * - the squeezed view ({@link squeezeView}): only the chunks of the main view where punctuation
 *   or leetspeak sits inside a word (`via.gra`, `c4sino`, `ca$ino`), with that punctuation removed
 *   and the leetspeak mapped to letters.
 */
import {from as openccFrom, to as openccTo} from 'opencc-js/preset/t2cn'

/** Character classes of normalised code units. */
export const CLASS_SEP = 0
/** A separator that must never be removed (line break, ideographic full stop, CJK comma…). */
export const CLASS_SEP_HARD = 1
/** A letter of a script that separates words with spaces (Latin, Cyrillic, Greek, Arabic…). */
export const CLASS_WORD = 2
/** A digit. */
export const CLASS_DIGIT = 3
/** Han, kana, Thai, Lao, Khmer, Myanmar: scripts written without spaces between words. */
export const CLASS_CJK = 4
/** Hangul: spaces between words, but particles glue to nouns, so no word boundaries either. */
export const CLASS_HANGUL = 5
/** A combining mark; takes the class of the letter it follows once emitted. */
export const CLASS_MARK = 6
/** Removed without trace (zero-width space, joiners, soft hyphen, bidi controls, variation selectors). */
export const CLASS_IGNORABLE = 7

/** Flag: this unit was rewritten by leetspeak or look-alike mapping. */
export const FLAG_MAPPED = 1
/** Flag: something that hides words (a separator inside a word, a zero-width char) was removed just before this unit. */
export const FLAG_GAP = 2
/** Flag (squeezed view only): the unit was changed by the squeezed view itself. */
export const FLAG_SQUEEZED = 4
/** Flag on a main-view space: the separator run it stands for had no whitespace (`.`, `-`, `$`, …). */
export const FLAG_NO_WS = 8
/** Flag on a main-view space: the separator run was short enough to sit between spaced-out letters. */
export const FLAG_SHORT_SEP = 16

/**
 * Spaced-out letters are glued only in runs of at least this many single letters: two single
 * letters in a row (`A. B. Smith`, `a b`) are common in honest text, three or more almost never.
 */
export const MIN_SPACED_LETTERS = 3

/** Longest separator run (UTF-16 units) that may sit between spaced-out letters (`s . l`, `v -- i`). */
export const MAX_SPACED_SEPARATOR = 3

/** A normalised view of a text. Arrays are valid up to `length`. */
export interface NormalizedText {
  /** Number of normalised UTF-16 units. */
  length: number
  /** Normalised UTF-16 code units. */
  codes: Uint16Array
  /** Original UTF-16 offset where the source of each unit starts. */
  starts: Int32Array
  /** Original UTF-16 offset just past the source of each unit. */
  ends: Int32Array
  /** `FLAG_*` bits per unit. */
  flags: Uint8Array
  /** `CLASS_*` per unit. */
  classes: Uint8Array
}

// ---------------------------------------------------------------------------------------------
// Per-character table
// ---------------------------------------------------------------------------------------------

/** Traditional → Simplified, character level, built from OpenCC's TW/HK variant and TS tables. */
let t2s: Map<number, number> | undefined

function buildT2s(): Map<number, number> {
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

const UNCOMPUTED = -1
const MULTI = -2
const REMOVED = -3

/** Single-unit mapping per BMP code unit, or one of the sentinels above. */
const singleOut = new Int32Array(65536).fill(UNCOMPUTED)
const singleClass = new Uint8Array(65536)
/** Mappings that do not give exactly one BMP unit (NFKC expansions, astral code points). */
const multiOut = new Map<number, {units: number[]; classes: number[]}>()

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
const HARD_SEPARATORS = new Set([
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

/** Normalise one code point: NFKC, lower case, ё → е, Traditional → Simplified. */
function foldCodePoint(cp: number): string {
  const original = String.fromCodePoint(cp)
  if (RE_IGNORABLE.test(original)) return ''
  let folded = original.normalize('NFKC').toLowerCase()
  if (folded !== original) folded = folded.normalize('NFKC')
  t2s ??= buildT2s()
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

function computeEntry(cp: number): void {
  const out = foldCodePoint(cp)
  const hard = HARD_SEPARATORS.has(cp)
  if (cp < 0x10000 && out.length === 0) {
    singleOut[cp] = REMOVED
    singleClass[cp] = CLASS_IGNORABLE
    return
  }
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
  if (cp < 0x10000 && units.length === 1) {
    singleOut[cp] = units[0]!
    singleClass[cp] = classes[0]!
  } else {
    if (cp < 0x10000) singleOut[cp] = MULTI
    multiOut.set(cp, {units, classes})
  }
}

// Separators are all ASCII punctuation, but `$` and `@` matter to leetspeak; keep their source char.
const LEET: Record<number, number> = {
  0x30: 0x6f, // 0 → o
  0x31: 0x69, // 1 → i
  0x33: 0x65, // 3 → e
  0x34: 0x61, // 4 → a
  0x35: 0x73, // 5 → s
  0x37: 0x74, // 7 → t
  0x24: 0x73, // $ → s
  0x40: 0x61 // @ → a
}

// Look-alike letters. Applied only inside words that mix Latin with Cyrillic or Greek.
const CYRILLIC_TO_LATIN = new Map<number, number>([
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['з', '3'], ['і', 'i'], ['ј', 'j'], ['к', 'k'], ['м', 'm'], ['н', 'h'],
  ['о', 'o'], ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['һ', 'h'], ['ԁ', 'd'],
  ['ԛ', 'q'], ['ԝ', 'w'], ['ь', 'b'], ['ӏ', 'l'], ['п', 'n'], ['г', 'r']
].map(([c, l]) => [c!.charCodeAt(0), l!.charCodeAt(0)]))
const GREEK_TO_LATIN = new Map<number, number>([
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'],
  ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['γ', 'y'], ['ω', 'w'], ['μ', 'u']
].map(([c, l]) => [c!.charCodeAt(0), l!.charCodeAt(0)]))
const LATIN_TO_CYRILLIC = new Map<number, number>([
  ['a', 'а'], ['b', 'в'], ['e', 'е'], ['k', 'к'], ['m', 'м'], ['h', 'н'], ['o', 'о'], ['p', 'р'], ['c', 'с'],
  ['t', 'т'], ['y', 'у'], ['x', 'х'], ['n', 'п'], ['r', 'г'], ['u', 'и']
].map(([c, l]) => [c!.charCodeAt(0), l!.charCodeAt(0)]))

const SCRIPT_LATIN = 1
const SCRIPT_CYRILLIC = 2
const SCRIPT_GREEK = 4

function scriptOf(code: number): number {
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return SCRIPT_LATIN
  if (code >= 0x400 && code <= 0x52f) return SCRIPT_CYRILLIC
  if (code >= 0x370 && code <= 0x3ff) return SCRIPT_GREEK
  return 0
}

// ---------------------------------------------------------------------------------------------
// Output buffer
// ---------------------------------------------------------------------------------------------

class Builder {
  length = 0
  codes: Uint16Array
  starts: Int32Array
  ends: Int32Array
  flags: Uint8Array
  classes: Uint8Array

  constructor(capacity: number) {
    const cap = Math.max(16, capacity)
    this.codes = new Uint16Array(cap)
    this.starts = new Int32Array(cap)
    this.ends = new Int32Array(cap)
    this.flags = new Uint8Array(cap)
    this.classes = new Uint8Array(cap)
  }

  push(code: number, start: number, end: number, flags: number, cls: number): void {
    if (this.length === this.codes.length) this.grow()
    const n = this.length++
    this.codes[n] = code
    this.starts[n] = start
    this.ends[n] = end
    this.flags[n] = flags
    this.classes[n] = cls
  }

  private grow(): void {
    const cap = this.codes.length * 2
    const codes = new Uint16Array(cap); codes.set(this.codes); this.codes = codes
    const starts = new Int32Array(cap); starts.set(this.starts); this.starts = starts
    const ends = new Int32Array(cap); ends.set(this.ends); this.ends = ends
    const flags = new Uint8Array(cap); flags.set(this.flags); this.flags = flags
    const classes = new Uint8Array(cap); classes.set(this.classes); this.classes = classes
  }

  result(): NormalizedText {
    return {length: this.length, codes: this.codes, starts: this.starts, ends: this.ends, flags: this.flags, classes: this.classes}
  }
}

/**
 * Class (`CLASS_*`) of an already normalised UTF-16 unit, as the main view would give it. A lone
 * surrogate counts as a CJK unit (astral letters in terms are Han extensions).
 */
export function classOfUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return CLASS_CJK
  if (singleOut[code] === UNCOMPUTED) computeEntry(code)
  return singleOut[code] === REMOVED ? CLASS_IGNORABLE : singleClass[code]!
}

/** Whether a separator code point is whitespace (the rest are punctuation and symbols). */
const whitespaceCache = new Map<number, boolean>()

function isWhitespaceCode(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return true
  if (cp < 0x80) return false
  let ws = whitespaceCache.get(cp)
  if (ws === undefined) {
    ws = RE_SPACE.test(String.fromCodePoint(cp))
    whitespaceCache.set(cp, ws)
  }
  return ws
}

function isNoBoundary(cls: number): boolean {
  return cls === CLASS_CJK || cls === CLASS_HANGUL
}

// ---------------------------------------------------------------------------------------------
// Main view
// ---------------------------------------------------------------------------------------------

/**
 * Normalise `text` into the main matching view. See the module comment for what is folded.
 * Every output unit maps back to the original range `starts[i]..ends[i]`.
 */
export function normalizeText(text: string): NormalizedText {
  const out = new Builder(text.length + 8)
  const n = text.length
  let sepPending = false
  let sepHard = false
  let sepWhitespaceOnly = true
  let sepHasWhitespace = false
  let sepStart = 0
  let sepEnd = 0
  let ignoredPending = false

  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i)
    let width = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        width = 2
      }
    }
    let single = cp < 0x10000 ? singleOut[cp]! : MULTI
    if (single === UNCOMPUTED || (single === MULTI && !multiOut.has(cp))) {
      computeEntry(cp)
      single = cp < 0x10000 ? singleOut[cp]! : MULTI
    }
    const start = i
    const end = i + width
    i = end - 1

    if (single === REMOVED) {
      ignoredPending = true
      continue
    }
    let units: number[] | undefined
    let unitClasses: number[] | undefined
    let firstClass: number
    if (single === MULTI) {
      const entry = multiOut.get(cp)!
      units = entry.units
      unitClasses = entry.classes
      if (units.length === 0) {
        ignoredPending = true
        continue
      }
      firstClass = unitClasses[0]!
    } else {
      firstClass = singleClass[cp]!
    }

    if (firstClass === CLASS_SEP || firstClass === CLASS_SEP_HARD) {
      if (!sepPending) {
        sepPending = true
        sepHard = false
        sepWhitespaceOnly = true
        sepHasWhitespace = false
        sepStart = start
      }
      if (firstClass === CLASS_SEP_HARD) sepHard = true
      if (isWhitespaceCode(cp)) sepHasWhitespace = true
      else sepWhitespaceOnly = false
      sepEnd = end
      continue
    }

    let flags = 0
    const prev = out.length - 1
    if (sepPending) {
      sepPending = false
      if (prev >= 0) {
        const left = out.classes[prev]!
        const right = firstClass
        if (!sepHard && (isNoBoundary(left) || isNoBoundary(right)) && left !== CLASS_MARK) {
          // Drop the separator. Plain spaces are normal around Hangul words and between CJK and
          // Latin (`国产 AV`); anything else between CJK characters hides a word.
          const normal = sepWhitespaceOnly && !(left === CLASS_CJK && right === CLASS_CJK)
          if (!normal) flags |= FLAG_GAP
        } else {
          let spaceFlags = sepHasWhitespace ? 0 : FLAG_NO_WS
          if (!sepHard && sepEnd - sepStart <= MAX_SPACED_SEPARATOR) spaceFlags |= FLAG_SHORT_SEP
          out.push(0x20, sepStart, sepEnd, spaceFlags, sepHard ? CLASS_SEP_HARD : CLASS_SEP)
        }
      }
      ignoredPending = false
    }
    if (ignoredPending) {
      ignoredPending = false
      if (prev >= 0 && out.classes[out.length - 1] !== CLASS_SEP && out.classes[out.length - 1] !== CLASS_SEP_HARD) flags |= FLAG_GAP
    }

    if (units === undefined) {
      let cls = firstClass
      if (cls === CLASS_MARK) {
        const last = out.length - 1
        if (last >= 0 && out.ends[last] === start && out.classes[last] !== CLASS_SEP && out.classes[last] !== CLASS_SEP_HARD) {
          // Compose decomposed input (`e` + U+0301 → `é`) so it meets precomposed terms.
          if ((single >= 0x300 && single <= 0x36f) || single === 0x3099 || single === 0x309a) {
            const composed = (String.fromCharCode(out.codes[last]!) + String.fromCharCode(single)).normalize('NFC')
            if (composed.length === 1) {
              out.codes[last] = composed.charCodeAt(0)
              out.ends[last] = end
              continue
            }
          }
          cls = out.classes[last]!
        } else {
          cls = CLASS_WORD
        }
      }
      if (out.length === out.codes.length) out.push(single, start, end, flags, cls)
      else {
        const k = out.length++
        out.codes[k] = single
        out.starts[k] = start
        out.ends[k] = end
        out.flags[k] = flags
        out.classes[k] = cls
      }
    } else {
      for (let k = 0; k < units.length; k++) {
        let cls = unitClasses![k]!
        if (cls === CLASS_MARK) cls = out.length > 0 ? out.classes[out.length - 1]! : CLASS_WORD
        if (cls === CLASS_SEP || cls === CLASS_SEP_HARD) {
          // NFKC expansions such as `¨` → space + mark: keep as a plain space.
          if (out.length > 0 && out.codes[out.length - 1] !== 0x20) out.push(0x20, start, end, 0, cls)
          continue
        }
        out.push(units[k]!, start, end, k === 0 ? flags : 0, cls)
      }
    }
  }
  const result = out.result()
  glueSpacedLetters(result)
  mapConfusables(result)
  return result
}

/** Glue runs of at least {@link MIN_SPACED_LETTERS} single letters separated by short separators (`s l o t`). */
function glueSpacedLetters(t: NormalizedText): void {
  const {codes, classes, flags, starts, ends} = t
  const n = t.length
  // Find single-letter tokens; a chain is single-letter tokens joined by one short separator.
  let remove: Uint8Array | undefined
  let i = 0
  while (i < n) {
    // chain start: a single-letter token at i
    if (!isSingleLetter(classes, n, i)) {
      i++
      continue
    }
    let count = 1
    let j = i + 1 // position after the current single letter
    while (j + 1 < n && classes[j] === CLASS_SEP && (flags[j]! & FLAG_SHORT_SEP) !== 0 && isSingleLetter(classes, n, j + 1)) {
      count++
      j += 2
    }
    if (count >= MIN_SPACED_LETTERS) {
      remove ??= new Uint8Array(n)
      for (let k = i + 1; k < j; k += 2) {
        remove[k] = 1
        flags[k + 1]! |= FLAG_GAP
      }
    }
    i = j
  }
  if (remove === undefined) return
  let w = 0
  for (let r = 0; r < n; r++) {
    if (remove[r] === 1) continue
    codes[w] = codes[r]!
    classes[w] = classes[r]!
    flags[w] = flags[r]!
    starts[w] = starts[r]!
    ends[w] = ends[r]!
    w++
  }
  t.length = w
}

function isSingleLetter(classes: Uint8Array, n: number, i: number): boolean {
  if (classes[i] !== CLASS_WORD) return false
  if (i > 0 && classes[i - 1] !== CLASS_SEP) return false
  return i + 1 >= n || classes[i + 1] === CLASS_SEP
}

/** Map look-alike letters inside words that mix Latin with Cyrillic or Greek (`саsino` → `casino`). */
function mapConfusables(t: NormalizedText): void {
  const {codes, classes, flags} = t
  const n = t.length
  let i = 0
  while (i < n) {
    if (classes[i] !== CLASS_WORD) {
      i++
      continue
    }
    let j = i
    let scripts = 0
    while (j < n && classes[j] === CLASS_WORD) scripts |= scriptOf(codes[j++]!)
    if ((scripts & SCRIPT_LATIN) !== 0 && (scripts & (SCRIPT_CYRILLIC | SCRIPT_GREEK)) !== 0) remapWord(codes, flags, i, j)
    i = j
  }
}

function remapWord(codes: Uint16Array, flags: Uint8Array, from: number, to: number): void {
  // Prefer Latin when every foreign letter has a Latin twin (`рorn`), else Cyrillic when every
  // Latin letter has a Cyrillic twin (`кaзино`); otherwise leave the word alone.
  let allToLatin = true
  let allToCyrillic = true
  for (let k = from; k < to; k++) {
    const c = codes[k]!
    const s = scriptOf(c)
    if (s === SCRIPT_CYRILLIC && !CYRILLIC_TO_LATIN.has(c)) allToLatin = false
    if (s === SCRIPT_GREEK && !GREEK_TO_LATIN.has(c)) allToLatin = false
    if (s === SCRIPT_GREEK) allToCyrillic = false
    if (s === SCRIPT_LATIN && !LATIN_TO_CYRILLIC.has(c)) allToCyrillic = false
  }
  if (!allToLatin && !allToCyrillic) return
  for (let k = from; k < to; k++) {
    const c = codes[k]!
    const s = scriptOf(c)
    let mapped: number | undefined
    if (allToLatin) mapped = s === SCRIPT_CYRILLIC ? CYRILLIC_TO_LATIN.get(c) : s === SCRIPT_GREEK ? GREEK_TO_LATIN.get(c) : undefined
    else mapped = s === SCRIPT_LATIN ? LATIN_TO_CYRILLIC.get(c) : undefined
    if (mapped !== undefined) {
      codes[k] = mapped
      flags[k]! |= FLAG_MAPPED
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Squeezed view
// ---------------------------------------------------------------------------------------------

/**
 * Leetspeak at a word edge (`viagr4`, `@dult`) is mapped only when the word has at least this many
 * letters, so `mp3`, `4k` and `ps5` stay as they are.
 */
export const MIN_LETTERS_FOR_EDGE_LEET = 3

/** Longest main-view chunk (UTF-16 units) considered for squeezing: longer ones are URLs or code, not words. */
export const MAX_SQUEEZE_CHUNK = 64

/**
 * Build the squeezed view from the main view: each chunk of the main view made of letters joined
 * by non-whitespace separators or holding digits among letters (`via.gra`, `c4sino`, `ca$ino`) is
 * copied with the separators dropped and leetspeak mapped; chunks are joined by spaces. Returns
 * `undefined` when no chunk qualifies (the usual case for honest text).
 */
export function squeezeView(source: string, main: NormalizedText): NormalizedText | undefined {
  const {codes, classes, flags, starts, ends} = main
  const n = main.length
  let out: Builder | undefined
  let i = 0
  while (i < n) {
    // A chunk runs until a whitespace (or hard) separator.
    if (classes[i] === CLASS_SEP_HARD || (classes[i] === CLASS_SEP && (flags[i]! & FLAG_NO_WS) === 0)) {
      i++
      continue
    }
    let j = i
    let letters = 0
    let interesting = false
    while (j < n && !(classes[j] === CLASS_SEP_HARD || (classes[j] === CLASS_SEP && (flags[j]! & FLAG_NO_WS) === 0))) {
      const c = classes[j]
      if (c === CLASS_WORD) letters++
      else if (c === CLASS_SEP) {
        if (j > i && j + 1 < n && classes[j - 1] === CLASS_WORD) interesting = true
      } else if (c === CLASS_DIGIT && codes[j]! in LEET) interesting = true
      j++
    }
    if (letters >= 2 && interesting && j - i <= MAX_SQUEEZE_CHUNK) {
      out ??= new Builder(64)
      if (out.length > 0) out.push(0x20, starts[i]!, starts[i]!, 0, CLASS_SEP)
      squeezeChunk(source, main, i, j, letters, out)
    }
    i = j
  }
  return out?.result()
}

function squeezeChunk(source: string, main: NormalizedText, from: number, to: number, letters: number, out: Builder): void {
  const {codes, classes, flags, starts, ends} = main
  const isLetterAt = (k: number): boolean => k >= from && k < to && classes[k] === CLASS_WORD
  let leetCount = 0
  for (let k = from; k < to; k++) {
    if (classes[k] === CLASS_DIGIT || (classes[k] === CLASS_SEP && ends[k]! - starts[k]! === 1 && source.charCodeAt(starts[k]!) in LEET)) leetCount++
  }
  let gap = false
  for (let k = from; k < to; k++) {
    const cls = classes[k]!
    let code = codes[k]!
    let leetSource = -1
    if (cls === CLASS_DIGIT) leetSource = code
    else if (cls === CLASS_SEP && ends[k]! - starts[k]! === 1) {
      const c = source.charCodeAt(starts[k]!)
      if (c === 0x24 || c === 0x40) leetSource = c
    }
    if (leetSource >= 0 && leetSource in LEET) {
      const inner = isLetterAt(k - 1) && isLetterAt(k + 1)
      const edge = (k === from && isLetterAt(k + 1)) || (k === to - 1 && isLetterAt(k - 1))
      if (inner || (edge && letters >= MIN_LETTERS_FOR_EDGE_LEET && leetCount === 1)) {
        out.push(LEET[leetSource]!, starts[k]!, ends[k]!, flags[k]! | FLAG_MAPPED | FLAG_SQUEEZED | (gap ? FLAG_GAP : 0), CLASS_WORD)
        gap = false
        continue
      }
    }
    if (cls === CLASS_SEP) {
      gap = true
      continue
    }
    out.push(code, starts[k]!, ends[k]!, flags[k]! | (gap ? FLAG_GAP | FLAG_SQUEEZED : 0), cls)
    gap = false
  }
}

/** The normalised view as a string (for tests, term keys and debugging). */
export function viewToString(t: NormalizedText): string {
  let s = ''
  const CHUNK = 8192
  for (let i = 0; i < t.length; i += CHUNK) {
    // `apply` takes the typed array as it is; a spread would walk it through an iterator.
    s += String.fromCharCode.apply(null, t.codes.subarray(i, Math.min(t.length, i + CHUNK)) as unknown as number[])
  }
  return s
}

/**
 * Normalise a dictionary term (or an allow-list entry) to its matching key: the main view,
 * trimmed of leading and trailing spaces.
 */
export function normalizeTerm(term: string): string {
  return viewToString(normalizeText(term)).trim()
}

/** Whether a UTF-16 code unit is a Han character written differently in Simplified Chinese. */
export function isTraditionalHan(code: number): boolean {
  t2s ??= buildT2s()
  const simplified = t2s.get(code)
  return simplified !== undefined && simplified !== code
}
