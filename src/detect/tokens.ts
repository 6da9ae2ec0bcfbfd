/**
 * Content tokens of a text: lower-case words of spaced scripts, and overlapping character pairs
 * of Han, kana and Hangul runs (which have no spaces to split on). Used for repetition and topic
 * overlap, which need no dictionary.
 *
 * The tokens are those of the regular expression `CJK+|[\p{L}\p{N}]+` over the lower-cased text
 * (a run that starts with a letter of a spaced script goes on through Han); each code point's
 * class is looked up in a table filled from the same Unicode properties on first use, which is
 * several times faster than running the expression.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Classes of a code point: neither, a letter or digit, CJK and a letter, CJK but not a letter (radicals). */
const SEPARATOR = 1
const WORD = 2
const CJK_LETTER = 3
const CJK_OTHER = 4

/** Class of each BMP code unit, 0 until first looked up. */
const bmpClasses = new Uint8Array(0x10000)
/** Class of each astral code point seen. */
const astralClasses = new Map<number, number>()

function classify(char: string): number {
  const letter = LETTER_OR_DIGIT.test(char)
  if (CJK.test(char)) return letter ? CJK_LETTER : CJK_OTHER
  return letter ? WORD : SEPARATOR
}

/** Class of the code point at `i` (a lone surrogate is a separator). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdfff) {
    let cls = bmpClasses[code]!
    if (cls === 0) bmpClasses[code] = cls = classify(String.fromCharCode(code))
    return cls
  }
  const point = text.codePointAt(i)!
  if (point <= 0xffff) return SEPARATOR
  let cls = astralClasses.get(point)
  if (cls === undefined) astralClasses.set(point, (cls = classify(String.fromCodePoint(point))))
  return cls
}

/** Code units of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return 1
  const next = text.charCodeAt(i + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/** Words this short carry no topic. */
const MIN_WORD_LENGTH = 3
/** Longest text tokenised: topic and repetition are clear from the first 20,000 characters. */
const MAX_TOKEN_SAMPLE = 20_000

/** Tokens of `text`, in order. */
export function contentTokens(text: string): string[] {
  const sample = (text.length > MAX_TOKEN_SAMPLE ? text.slice(0, MAX_TOKEN_SAMPLE) : text).toLowerCase()
  const out: string[] = []
  const n = sample.length
  let i = 0
  while (i < n) {
    const cls = classAt(sample, i)
    if (cls === SEPARATOR) {
      i += widthAt(sample, i)
      continue
    }
    const start = i
    if (cls === CJK_LETTER || cls === CJK_OTHER) {
      // A run of CJK characters: each pair (of code units, as the text is indexed) is a token.
      i += widthAt(sample, i)
      while (i < n) {
        const c = classAt(sample, i)
        if (c !== CJK_LETTER && c !== CJK_OTHER) break
        i += widthAt(sample, i)
      }
      if (i - start === 1) out.push(sample[start]!)
      else for (let k = start; k + 1 < i; k++) out.push(sample.slice(k, k + 2))
      continue
    }
    // A word: letters and digits of any script, Han included once it has started.
    let digitsOnly = true
    while (i < n) {
      const c = classAt(sample, i)
      if (c !== WORD && c !== CJK_LETTER) break
      const code = sample.charCodeAt(i)
      if (code < 0x30 || code > 0x39) digitsOnly = false
      i += widthAt(sample, i)
    }
    if (i - start >= MIN_WORD_LENGTH && !digitsOnly) out.push(sample.slice(start, i))
  }
  return out
}
