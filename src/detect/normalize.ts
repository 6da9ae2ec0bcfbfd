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
import {foldInfo, foldTable, leetLetter, type FoldTable} from './fold-table.js'
import {textUnits} from './text-units.js'

/*
 * The fold table's `INFO_*` bits (see fold-table.ts), declared again here rather than imported:
 * they are read at every unit of normalizeUnits's loop, and when the modules are not bundled into
 * one (tsx, vitest, bench:matcher) an imported binding is loaded from its module at every use,
 * which made normalising take about twice as long per unit as with local constants.
 * tests/detect/local-constants.test.ts checks that they equal fold-table.ts's.
 */
const INFO_CLASS = 7
const INFO_WHITESPACE = 1 << 3
const INFO_MULTI = 1 << 4
const INFO_REMOVED = 1 << 5
const INFO_TRADITIONAL = 1 << 6
const INFO_HIGH_SURROGATE = 1 << 7
const INFO_PLAIN = 1 << 8
const INFO_SEPARATOR = 1 << 9
const INFO_GREEK_CYRILLIC = 1 << 10
const INFO_PAIR = 1 << 11
const INFO_LEET_DIGIT = 1 << 12
const INFO_CJK_HANGUL = 1 << 13
const INFO_SHIFT = 14

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

/** What the units of a view can be ({@link ViewBuffer.units}): anything. */
export const UNITS_ANY = 0
/** Units whose class is the class of their code (no marks, no multi-unit folds). */
export const UNITS_PLAIN = 1
/** Plain units that are letters, digits or spaces only. */
export const UNITS_WORDS = 2

/** A growable normalised view; the matcher reuses one across calls. */
export class ViewBuffer implements NormalizedText {
  length = 0
  /**
   * Set by {@link normalizeInto}: false when the view has neither a separator without whitespace
   * nor a leetspeak digit, so {@link squeezeView} would find nothing to squeeze.
   */
  mayHideWords = true
  /**
   * Set by {@link normalizeInto}: {@link UNITS_PLAIN} when no unit comes from a mark or a
   * multi-unit fold (so every unit's class is the class of its code), {@link UNITS_WORDS} when
   * moreover every unit is a letter, a digit or a space (no CJK or Hangul), else
   * {@link UNITS_ANY}.
   */
  units = UNITS_ANY
  /**
   * Set by {@link normalizeInto}: the positions of every separator without whitespace and every
   * leetspeak digit, ascending (only these can make a chunk worth squeezing), so
   * {@link squeezeView} visits their chunks only; -1 when not filled by {@link normalizeInto}.
   */
  hintCount = -1
  hints: Int32Array = new Int32Array(16)
  /**
   * Set by {@link normalizeInto}: positions of the single letters followed by a space (where
   * spaced-out letters can start), and of the first Greek or Cyrillic letter of each run of them
   * (the words look-alike mapping may touch); a count of -1 means unknown.
   */
  letterHintCount = -1
  letterHints: Int32Array = new Int32Array(16)
  scriptHintCount = -1
  scriptHints: Int32Array = new Int32Array(16)
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

  /** Room for at least `capacity` units; the first `length` are kept. */
  reserve(capacity: number): void {
    if (capacity <= this.codes.length) return
    const cap = Math.max(capacity, this.codes.length * 2)
    const n = this.length
    const codes = new Uint16Array(cap); codes.set(this.codes.subarray(0, n)); this.codes = codes
    const starts = new Int32Array(cap); starts.set(this.starts.subarray(0, n)); this.starts = starts
    const ends = new Int32Array(cap); ends.set(this.ends.subarray(0, n)); this.ends = ends
    const flags = new Uint8Array(cap); flags.set(this.flags.subarray(0, n)); this.flags = flags
    const classes = new Uint8Array(cap); classes.set(this.classes.subarray(0, n)); this.classes = classes
  }

  push(code: number, start: number, end: number, flags: number, cls: number): void {
    if (this.length === this.codes.length) this.reserve(this.length + 1)
    const n = this.length++
    this.codes[n] = code
    this.starts[n] = start
    this.ends[n] = end
    this.flags[n] = flags
    this.classes[n] = cls
  }

  /** A plain view of the current arrays. */
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
  const info = foldInfo(code)
  if ((info & INFO_REMOVED) !== 0) return CLASS_IGNORABLE
  // A unit that folds to several has no single class of its own; the main view never emits one.
  return (info & INFO_MULTI) !== 0 ? CLASS_SEP : info & INFO_CLASS
}

// ---------------------------------------------------------------------------------------------
// Main view
// ---------------------------------------------------------------------------------------------

/** Greek and Cyrillic letters: only words holding one can need look-alike mapping. */
const GREEK_CYRILLIC_FIRST = 0x370
const GREEK_CYRILLIC_LAST = 0x52f

/** Pending state bits of the main loop: a separator run, or a removed character, awaits the next unit. */
const PENDING_SEPARATOR = 1
const PENDING_IGNORED = 2
/** More pending bits, about the separator run: it holds a hard separator, whitespace, something else. */
const SEP_HARD = 4
const SEP_SPACE = 8
const SEP_OTHER = 16
/** State bits of the main loop: what the notes and flags of the view are set from at the end. */
const STATE_SEPARATOR_IN_WORD = 1
const STATE_OTHER = 2
const STATE_LETTERS_UNKNOWN = 4
const STATE_SCRIPTS_UNKNOWN = 8

/** Note a place for the squeezed view (a separator without whitespace, a leetspeak digit). */
function noteSqueeze(out: ViewBuffer, k: number): void {
  if (out.hintCount === out.hints.length) out.hints = grown(out.hints)
  out.hints[out.hintCount++] = k
}

/** Note a single letter followed by a space. */
function noteLetter(out: ViewBuffer, k: number): void {
  if (out.letterHintCount === out.letterHints.length) out.letterHints = grown(out.letterHints)
  out.letterHints[out.letterHintCount++] = k
}

/** Note the first Greek or Cyrillic letter of a run of them in a word. */
function noteScript(out: ViewBuffer, k: number): void {
  if (out.scriptHintCount === out.scriptHints.length) out.scriptHints = grown(out.scriptHints)
  out.scriptHints[out.scriptHintCount++] = k
}

/**
 * Normalise `text` into the main matching view. See the module comment for what is folded.
 * Every output unit maps back to the original range `starts[i]..ends[i]`.
 */
export function normalizeText(text: string): NormalizedText {
  return normalizeInto(text, new ViewBuffer(text.length + 8)).result()
}

/**
 * {@link normalizeText} into `out` (overwritten; grown when needed), so a caller normalising many
 * texts reuses one buffer. Returns `out`.
 *
 * One table read per UTF-16 unit ({@link foldTable}); letters, digits and CJK characters that
 * follow another such unit are copied by the first branch, which is nearly all of any text.
 */
export function normalizeInto(text: string, out: ViewBuffer): ViewBuffer {
  out.length = 0
  // The output has at most one unit per input unit (a separator run and the unit after it give
  // at most two units for at least two), except for characters folding to several units, which
  // reserve more as they come; so the fast branch writes without checks.
  out.reserve(text.length + 1)
  out.hintCount = 0
  out.letterHintCount = 0
  out.scriptHintCount = 0
  const table = foldTable()
  return normalizeUnits(textUnits(text), text.length, out, table, table.info, out.codes, out.starts, out.ends, out.flags, out.classes)
}

/*
 * Long loops and V8 (Node 20). When a call runs a loop long enough, V8 compiles the loop while it
 * runs (on-stack replacement, OSR) and keeps that code for later calls, which start in the
 * interpreter and jump into it at the loop. V8 compiles the whole function too, but if that
 * ordinary code is later thrown away by a deoptimisation outside the loop (code before the loop
 * that had no type feedback yet, as when the first call was a long one, or code after it), the
 * OSR code stays and every later call goes interpreter → OSR code; V8 then never compiles the
 * function again, as the interpreter no longer runs long enough to ask for it. Normalising short
 * texts ran at about half speed for the rest of the process (seen in bench:matcher as runs of the
 * same code at 100 or 185 MB/s). A deoptimisation inside the loop, by contrast, discards the OSR
 * code, and V8 recompiles with the feedback gathered since.
 *
 * So the functions whose loops can run long (over a whole text, a whole list of matches; here,
 * in automaton.ts and in matcher.ts) do nothing outside their loops but read their parameters and
 * return a local: whatever needs type feedback (a property read, a call, even a sum) before the
 * loop is done by the caller and passed in, and whatever follows it is done by the caller or
 * inside the loop at its last turn.
 */

/**
 * The loop of {@link normalizeInto} (see "Long loops and V8" above): `text` holds the text's
 * units (see text-units.ts: a typed array, not the string, so the loop reads one kind of thing
 * whatever V8 made of the string) and `n` is its length, `table` the fold table and `info` its
 * `info`, and the arrays those of `out`, reserved for `n` units.
 */
function normalizeUnits(
  text: Uint16Array,
  n: number,
  out: ViewBuffer,
  table: FoldTable,
  info: Int32Array,
  codes: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  flags: Uint8Array,
  classes: Uint8Array
): ViewBuffer {
  let k = 0
  // Separator run and what was seen, as bits (few variables keep the loop's registers free).
  let pending = 0
  let sepStart = 0
  let sepEnd = 0
  let seen = 0
  let state = 0

  // The end of the text is handled inside the loop, not after it.
  for (let i = 0; ; i++) {
    if (i >= n) return finishView(out, k, seen, state)
    const c = text[i]!
    let e = info[c]!
    const start = i
    let end = i + 1
    if ((e & INFO_PLAIN) !== 0) {
      if (pending === 0) {
        // A letter, digit or CJK character after another: copied as it folds, and so are the
        // ones following it, in a loop of its own with few live variables (bench/matcher's
        // corpus, A/B in one process: 2 % faster than one unit per turn of the outer loop).
        let u = c
        let f = e
        for (;;) {
          codes[k] = u + (f >> INFO_SHIFT)
          starts[k] = i
          ends[k] = i + 1
          flags[k] = 0
          classes[k] = f & INFO_CLASS
          seen |= f
          if ((f & (INFO_LEET_DIGIT | INFO_GREEK_CYRILLIC)) !== 0) {
            if ((f & INFO_LEET_DIGIT) !== 0) noteSqueeze(out, k)
            else if (k === 0 || classes[k - 1] !== CLASS_WORD || !isGreekCyrillic(codes[k - 1]!)) noteScript(out, k)
          }
          k++
          if (i + 1 >= n) break
          u = text[i + 1]!
          f = info[u]!
          if ((f & INFO_PLAIN) === 0) break
          i++
        }
        continue
      }
      // The first one after a separator (or a removed character): straight to the flush below.
    } else {
      if (c === 0x20 && pending === 0 && k > 0 && end < n) {
        // One space between two words of spaced scripts, the commonest separator by far: the
        // flush below in one step (what it would do: a plain space unit, then the unit after).
        const next = text[end]!
        const f = info[next]!
        const left = classes[k - 1]!
        const right = f & INFO_CLASS
        if ((f & INFO_PLAIN) !== 0 && left !== CLASS_CJK && left !== CLASS_HANGUL && right !== CLASS_CJK && right !== CLASS_HANGUL) {
          if (left === CLASS_WORD && (k < 2 || classes[k - 2] === CLASS_SEP)) noteLetter(out, k - 1)
          codes[k] = 0x20
          starts[k] = i
          ends[k] = end
          flags[k] = FLAG_SHORT_SEP
          classes[k] = CLASS_SEP
          k++
          codes[k] = next + (f >> INFO_SHIFT)
          starts[k] = end
          ends[k] = end + 1
          flags[k] = 0
          classes[k] = right
          seen |= f
          if ((f & (INFO_LEET_DIGIT | INFO_GREEK_CYRILLIC)) !== 0) {
            // After a space, a Greek or Cyrillic letter starts its run.
            if ((f & INFO_LEET_DIGIT) !== 0) noteSqueeze(out, k)
            else if (right === CLASS_WORD) noteScript(out, k)
          }
          k++
          i++
          continue
        }
      }
      if ((e & INFO_SEPARATOR) !== 0) {
        // A separator of the BMP (most often a space): extend the pending run.
        if ((pending & PENDING_SEPARATOR) === 0) {
          pending = (pending | PENDING_SEPARATOR) & ~(SEP_HARD | SEP_SPACE | SEP_OTHER)
          sepStart = i
        }
        if ((e & INFO_CLASS) === CLASS_SEP_HARD) pending |= SEP_HARD
        pending |= (e & INFO_WHITESPACE) !== 0 ? SEP_SPACE : SEP_OTHER
        sepEnd = end
        continue
      }
      // Everything else: surrogates, removed characters, marks, multi-unit folds, and units of
      // blocks not decoded yet.
      if (e === 0) e = foldInfo(c)
      if ((e & INFO_HIGH_SURROGATE) !== 0 && end < n) {
        const low = text[end]!
        if (low >= 0xdc00 && low <= 0xdfff) {
          e = foldInfo(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
          end++
          i++
        }
      }
      if ((e & INFO_REMOVED) !== 0) {
        pending |= PENDING_IGNORED
        continue
      }
      const cls = e & INFO_CLASS
      if (cls === CLASS_SEP || cls === CLASS_SEP_HARD) {
        if ((pending & PENDING_SEPARATOR) === 0) {
          pending = (pending | PENDING_SEPARATOR) & ~(SEP_HARD | SEP_SPACE | SEP_OTHER)
          sepStart = start
        }
        if (cls === CLASS_SEP_HARD) pending |= SEP_HARD
        pending |= (e & INFO_WHITESPACE) !== 0 ? SEP_SPACE : SEP_OTHER
        sepEnd = end
        continue
      }
    }
    const firstClass = e & INFO_CLASS

    let unitFlags = 0
    if (pending !== 0) {
      if ((pending & PENDING_SEPARATOR) !== 0) {
        if (k > 0) {
          const left = classes[k - 1]!
          const right = firstClass
          const hard = (pending & SEP_HARD) !== 0
          if (!hard && (left === CLASS_CJK || left === CLASS_HANGUL || right === CLASS_CJK || right === CLASS_HANGUL) && left !== CLASS_MARK) {
            // Drop the separator. Plain spaces are normal around Hangul words and between CJK and
            // Latin (`国产 AV`); anything else between CJK characters hides a word.
            if ((pending & SEP_OTHER) !== 0 || (left === CLASS_CJK && right === CLASS_CJK)) unitFlags = FLAG_GAP
          } else {
            let spaceFlags = (pending & SEP_SPACE) !== 0 ? 0 : FLAG_NO_WS
            if (!hard && sepEnd - sepStart <= MAX_SPACED_SEPARATOR) spaceFlags |= FLAG_SHORT_SEP
            // Note single letters followed by a space (gluing needs a run of them), and separators
            // inside words (the squeezed view looks there).
            if (classes[k - 1] === CLASS_WORD && (k < 2 || classes[k - 2] === CLASS_SEP)) noteLetter(out, k - 1)
            if ((pending & SEP_SPACE) === 0) {
              state |= STATE_SEPARATOR_IN_WORD
              noteSqueeze(out, k)
            }
            codes[k] = 0x20
            starts[k] = sepStart
            ends[k] = sepEnd
            flags[k] = spaceFlags
            classes[k] = hard ? CLASS_SEP_HARD : CLASS_SEP
            k++
          }
        }
      } else if (k > 0 && classes[k - 1] !== CLASS_SEP && classes[k - 1] !== CLASS_SEP_HARD) unitFlags = FLAG_GAP
      pending = 0
    }

    if ((e & (INFO_MULTI | INFO_PAIR)) === 0) {
      const single = c + (e >> INFO_SHIFT)
      let cls = firstClass
      if (cls === CLASS_MARK) {
        state |= STATE_OTHER
        const last = k - 1
        if (last >= 0 && ends[last] === start && classes[last] !== CLASS_SEP && classes[last] !== CLASS_SEP_HARD) {
          // Compose decomposed input (`e` + U+0301 → `é`) so it meets precomposed terms.
          if ((single >= 0x300 && single <= 0x36f) || single === 0x3099 || single === 0x309a) {
            const composed = (String.fromCharCode(codes[last]!) + String.fromCharCode(single)).normalize('NFC')
            if (composed.length === 1) {
              const code = composed.charCodeAt(0)
              codes[last] = code
              ends[last] = end
              if (isGreekCyrillic(code)) {
                // Composed from a letter of its own script, so its word is noted already; but
                // look everywhere to be sure.
                seen |= INFO_GREEK_CYRILLIC
                state |= STATE_SCRIPTS_UNKNOWN
              }
              continue
            }
          }
          cls = classes[last]!
        } else {
          cls = CLASS_WORD
        }
      }
      codes[k] = single
      starts[k] = start
      ends[k] = end
      flags[k] = unitFlags
      classes[k] = cls
      seen |= e
      if ((e & INFO_LEET_DIGIT) !== 0) noteSqueeze(out, k)
      if (cls === CLASS_WORD && isGreekCyrillic(single) && (k === 0 || classes[k - 1] !== CLASS_WORD || !isGreekCyrillic(codes[k - 1]!))) noteScript(out, k)
      k++
      continue
    }

    // Several units (NFKC expansions), or a code point beyond the BMP (one or two units).
    state |= STATE_OTHER
    let from = 0
    let count = 2
    if ((e & INFO_MULTI) !== 0) {
      const index = e >> INFO_SHIFT
      from = table.multiStart[index]!
      count = table.multiStart[index + 1]! - from
    }
    if (k + count + 1 + (n - end) > codes.length) {
      out.length = k
      out.reserve(k + count + 1 + (n - end))
      codes = out.codes
      starts = out.starts
      ends = out.ends
      flags = out.flags
      classes = out.classes
    }
    for (let q = 0; q < count; q++) {
      let unit: number
      let cls: number
      if ((e & INFO_MULTI) !== 0) {
        unit = table.multiUnits[from + q]!
        cls = table.multiClasses[from + q]!
      } else {
        unit = q === 0 ? c : text[end - 1]!
        cls = firstClass
      }
      if (cls === CLASS_MARK) cls = k > 0 ? classes[k - 1]! : CLASS_WORD
      if (cls === CLASS_SEP || cls === CLASS_SEP_HARD) {
        // NFKC expansions such as `¨` → space + mark: keep as a plain space.
        if (k > 0 && codes[k - 1] !== 0x20) {
          // A space the single-letter notes do not know about: let gluing look everywhere.
          state |= STATE_LETTERS_UNKNOWN
          codes[k] = 0x20
          starts[k] = start
          ends[k] = end
          flags[k] = 0
          classes[k] = cls
          k++
        }
        continue
      }
      codes[k] = unit
      starts[k] = start
      ends[k] = end
      flags[k] = q === 0 ? unitFlags : 0
      classes[k] = cls
      if (isGreekCyrillic(unit)) {
        seen |= INFO_GREEK_CYRILLIC
        if (cls === CLASS_WORD && (k === 0 || classes[k - 1] !== CLASS_WORD || !isGreekCyrillic(codes[k - 1]!))) noteScript(out, k)
      }
      if (cls === CLASS_DIGIT && leetLetter(unit) !== 0) {
        seen |= INFO_LEET_DIGIT
        noteSqueeze(out, k)
      }
      k++
    }
  }
}

/**
 * The end of {@link normalizeInto}: sets the view's length and notes, glues spaced letters and
 * maps look-alikes. Called from inside normalizeUnits's loop rather than after it (see "Long
 * loops and V8"): code after the loop, first reached by loop code compiled before any call had
 * got there, deoptimised at the end of every call (3–4 times slower normalising of short texts
 * after a few 64 KB ones).
 */
function finishView(out: ViewBuffer, k: number, seen: number, state: number): ViewBuffer {
  out.length = k
  out.mayHideWords = (state & STATE_SEPARATOR_IN_WORD) !== 0 || (seen & INFO_LEET_DIGIT) !== 0
  out.units = (state & STATE_OTHER) !== 0 ? UNITS_ANY : (seen & INFO_CJK_HANGUL) !== 0 ? UNITS_PLAIN : UNITS_WORDS
  if ((state & STATE_LETTERS_UNKNOWN) !== 0) out.letterHintCount = -1
  if ((state & STATE_SCRIPTS_UNKNOWN) !== 0) out.scriptHintCount = -1
  // A glued run has at least MIN_SPACED_LETTERS single letters, all but the last followed by a
  // space; gluing moves units, and moves the notes of their positions along.
  if (out.letterHintCount < 0 || out.letterHintCount >= MIN_SPACED_LETTERS - 1) glueSpacedLetters(out)
  if ((seen & INFO_GREEK_CYRILLIC) !== 0) mapConfusables(out)
  return out
}


/** A copy of `array` twice as long. */
function grown(array: Int32Array): Int32Array {
  const copy = new Int32Array(array.length * 2)
  copy.set(array)
  return copy
}

function isGreekCyrillic(code: number): boolean {
  return code >= GREEK_CYRILLIC_FIRST && code <= GREEK_CYRILLIC_LAST
}

/**
 * Glue runs of at least {@link MIN_SPACED_LETTERS} single letters separated by short separators
 * (`s l o t`). Chains are looked for from the noted single
 * letters (`letterHints`) when they are known, else from every unit.
 */
function glueSpacedLetters(t: ViewBuffer): void {
  // The loops are functions of their own, given what they need (see "Long loops and V8").
  const removed: number[] = []
  findSpacedLetters(t, t.classes, t.flags, t.length, t.letterHintCount, removed)
  if (removed.length === 0) return
  t.length = closeGaps(t.codes, t.classes, t.flags, t.starts, t.ends, t.length, removed, removed[0]!)
  // The squeeze and look-alike notes follow their units; the note of a removed separator goes
  // with it (gluing creates no unit, so the notes still cover every unit they must).
  if (t.hintCount > 0) t.hintCount = moveNotes(t.hints, t.hintCount, removed, removed.length)
  if (t.scriptHintCount > 0) t.scriptHintCount = moveNotes(t.scriptHints, t.scriptHintCount, removed, removed.length)
  t.letterHintCount = -1
}

/**
 * Shift the ascending positions `notes[0..count)` down by the number of `removed` positions
 * (ascending, `removedCount` of them) before each, dropping removed ones; returns the new count.
 */
function moveNotes(notes: Int32Array, count: number, removed: number[], removedCount: number): number {
  let kept = 0
  let r = 0
  for (let h = 0; h < count; h++) {
    const at = notes[h]!
    while (r < removedCount && removed[r]! < at) r++
    if (r < removedCount && removed[r] === at) continue
    notes[kept++] = at - r
  }
  return kept
}

/**
 * Find chains of single-letter tokens joined by one short separator, from the noted letters
 * (`notes` of them) when known: the separators of chains long enough go to `removed`, and the
 * units after them get {@link FLAG_GAP}.
 */
function findSpacedLetters(t: ViewBuffer, classes: Uint8Array, flags: Uint8Array, n: number, notes: number, removed: number[]): void {
  let note = 0
  let i = 0
  while (i < n) {
    if (notes >= 0) {
      // Jump to the next noted letter: every single letter but a last unit is noted, and a chain
      // starting at the last unit is one letter long.
      while (note < notes && t.letterHints[note]! < i) note++
      if (note === notes) break
      i = t.letterHints[note++]!
    }
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
      for (let k = i + 1; k < j; k += 2) {
        removed.push(k)
        flags[k + 1]! |= FLAG_GAP
      }
    }
    i = j
  }
}

/** Close the gaps: move each stretch between removed units left, natively. Returns the new length. */
function closeGaps(codes: Uint16Array, classes: Uint8Array, flags: Uint8Array, starts: Int32Array, ends: Int32Array, n: number, removed: number[], firstRemoved: number): number {
  let w = firstRemoved
  for (let r = 0; r < removed.length; r++) {
    const from = removed[r]! + 1
    const to = r + 1 < removed.length ? removed[r + 1]! : n
    codes.copyWithin(w, from, to)
    classes.copyWithin(w, from, to)
    flags.copyWithin(w, from, to)
    starts.copyWithin(w, from, to)
    ends.copyWithin(w, from, to)
    w += to - from
  }
  return w
}

function isSingleLetter(classes: Uint8Array, n: number, i: number): boolean {
  if (classes[i] !== CLASS_WORD) return false
  if (i > 0 && classes[i - 1] !== CLASS_SEP) return false
  return i + 1 >= n || classes[i + 1] === CLASS_SEP
}

/**
 * Map look-alike letters inside words that mix Latin with Cyrillic or Greek (`саsino` →
 * `casino`). Only words holding a Greek or Cyrillic letter can need it: they are found from the
 * noted positions (`scriptHints`) when known, else by looking at every unit.
 */
function mapConfusables(t: ViewBuffer): void {
  mapConfusablesIn(t, t.codes, t.classes, t.flags, t.length, t.scriptHintCount)
}

/** The loop of {@link mapConfusables}, given what it needs (see "Long loops and V8"). */
function mapConfusablesIn(t: ViewBuffer, codes: Uint16Array, classes: Uint8Array, flags: Uint8Array, n: number, notes: number): void {
  let note = 0
  let i = 0
  while (i < n) {
    if (notes >= 0) {
      while (note < notes && t.scriptHints[note]! < i) note++
      if (note === notes) break
      i = t.scriptHints[note++]!
    }
    // Only words holding a Greek or Cyrillic letter can need it: find the next one.
    const c = codes[i]!
    if (c < GREEK_CYRILLIC_FIRST || c > GREEK_CYRILLIC_LAST || classes[i] !== CLASS_WORD) {
      i++
      continue
    }
    let from = i
    while (from > 0 && classes[from - 1] === CLASS_WORD) from--
    let to = i
    let scripts = 0
    for (let k = from; k < i; k++) scripts |= scriptOf(codes[k]!)
    while (to < n && classes[to] === CLASS_WORD) scripts |= scriptOf(codes[to++]!)
    if ((scripts & SCRIPT_LATIN) !== 0 && (scripts & (SCRIPT_CYRILLIC | SCRIPT_GREEK)) !== 0) remapWord(codes, flags, from, to)
    i = to
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
 * `undefined` when no chunk qualifies (the usual case for honest text). Given a `buffer`, the view
 * is written there (overwriting it) and the buffer returned.
 */
export function squeezeView(source: string, main: NormalizedText, buffer?: ViewBuffer): NormalizedText | undefined {
  const into = squeezeTarget
  into.out = undefined
  // The loops are functions of their own, given what they need (see "Long loops and V8").
  if (main instanceof ViewBuffer && main.hintCount >= 0) squeezeHinted(source, main, main.classes, buffer, into)
  else squeezeEvery(source, main, main.length, buffer, into)
  const out = into.out as ViewBuffer | undefined
  into.out = undefined
  return out === buffer ? out : out?.result()
}

/** {@link squeezeView} over the chunks holding a hint only (a separator without whitespace or a leetspeak digit). */
function squeezeHinted(source: string, main: ViewBuffer, classes: Uint8Array, buffer: ViewBuffer | undefined, into: {out: ViewBuffer | undefined}): void {
  let covered = 0
  for (let h = 0; h < main.hintCount; h++) {
    const at = main.hints[h]!
    // A separator only makes its chunk interesting after a letter (a leetspeak digit always).
    if (at < covered || isChunkEnd(main, at) || (classes[at] === CLASS_SEP && (at === 0 || classes[at - 1] !== CLASS_WORD))) continue
    let i = at
    while (i > 0 && !isChunkEnd(main, i - 1)) i--
    covered = squeezeChunkAt(source, main, i, buffer, into)
  }
}

/** {@link squeezeView} over every chunk. */
function squeezeEvery(source: string, main: NormalizedText, n: number, buffer: ViewBuffer | undefined, into: {out: ViewBuffer | undefined}): void {
  let i = 0
  while (i < n) {
    if (isChunkEnd(main, i)) i++
    else i = squeezeChunkAt(source, main, i, buffer, into)
  }
}

/** Where {@link squeezeView} collects its chunks (reused: the function is synchronous). */
const squeezeTarget: {out: ViewBuffer | undefined} = {out: undefined}

/** Whether unit `i` ends chunks: a whitespace (or hard) separator. */
function isChunkEnd(main: NormalizedText, i: number): boolean {
  const cls = main.classes[i]
  return cls === CLASS_SEP_HARD || (cls === CLASS_SEP && (main.flags[i]! & FLAG_NO_WS) === 0)
}

/**
 * Look at the chunk of `main` starting at `i` and, if it qualifies, append it squeezed to
 * `into.out` (created on the first one, in `buffer` when given). Returns where the chunk ends.
 */
function squeezeChunkAt(source: string, main: NormalizedText, i: number, buffer: ViewBuffer | undefined, into: {out: ViewBuffer | undefined}): number {
  const {codes, classes, starts} = main
  const n = main.length
  let j = i
  let letters = 0
  let interesting = false
  while (j < n && !isChunkEnd(main, j)) {
    const c = classes[j]
    if (c === CLASS_WORD) letters++
    else if (c === CLASS_SEP) {
      if (j > i && j + 1 < n && classes[j - 1] === CLASS_WORD) interesting = true
    } else if (c === CLASS_DIGIT && leetLetter(codes[j]!) !== 0) interesting = true
    j++
  }
  if (letters >= 2 && interesting && j - i <= MAX_SQUEEZE_CHUNK) {
    let out = into.out
    if (out === undefined) {
      out = into.out = buffer ?? new ViewBuffer(64)
      out.length = 0
    } else out.push(0x20, starts[i]!, starts[i]!, 0, CLASS_SEP)
    squeezeChunk(source, main, i, j, letters, out)
  }
  return j
}

function squeezeChunk(source: string, main: NormalizedText, from: number, to: number, letters: number, out: ViewBuffer): void {
  const {codes, classes, flags, starts, ends} = main
  let leetCount = 0
  for (let k = from; k < to; k++) {
    if (classes[k] === CLASS_DIGIT || (classes[k] === CLASS_SEP && ends[k]! - starts[k]! === 1 && leetLetter(source.charCodeAt(starts[k]!)) !== 0)) leetCount++
  }
  out.reserve(out.length + to - from)
  let w = out.length
  let gap = false
  for (let k = from; k < to; k++) {
    const cls = classes[k]!
    const code = codes[k]!
    let leetSource = -1
    if (cls === CLASS_DIGIT) leetSource = code
    else if (cls === CLASS_SEP && ends[k]! - starts[k]! === 1) {
      const c = source.charCodeAt(starts[k]!)
      if (c === 0x24 || c === 0x40) leetSource = c
    }
    if (leetSource >= 0 && leetLetter(leetSource) !== 0) {
      // Letters of this chunk beside the unit.
      const before = k > from && classes[k - 1] === CLASS_WORD
      const after = k + 1 < to && classes[k + 1] === CLASS_WORD
      const inner = before && after
      const edge = (k === from && after) || (k === to - 1 && before)
      if (inner || (edge && letters >= MIN_LETTERS_FOR_EDGE_LEET && leetCount === 1)) {
        out.codes[w] = leetLetter(leetSource)
        out.starts[w] = starts[k]!
        out.ends[w] = ends[k]!
        out.flags[w] = flags[k]! | FLAG_MAPPED | FLAG_SQUEEZED | (gap ? FLAG_GAP : 0)
        out.classes[w++] = CLASS_WORD
        gap = false
        continue
      }
    }
    if (cls === CLASS_SEP) {
      gap = true
      continue
    }
    out.codes[w] = code
    out.starts[w] = starts[k]!
    out.ends[w] = ends[k]!
    out.flags[w] = flags[k]! | (gap ? FLAG_GAP | FLAG_SQUEEZED : 0)
    out.classes[w++] = cls
    gap = false
  }
  out.length = w
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

/** Whether a UTF-16 code unit (or code point) is a Han character written differently in Simplified Chinese. */
export function isTraditionalHan(code: number): boolean {
  return code >= 0 && code <= 0x10ffff && (foldInfo(code) & INFO_TRADITIONAL) !== 0
}
