/**
 * Near-miss matching for long Latin-script terms (`viagara`, `ciallis`, `phentermin`), on
 * candidate words only: a word is compared with the terms that share its first or last three
 * letters and have a close length, and the number of comparisons per call is bounded.
 */
import levenshtein from 'fast-levenshtein'

/**
 * Shortest term matched fuzzily. Below six letters a single edit turns many ordinary words into
 * terms or back (`poker`/`power`, `bingo`/`bongo`).
 */
export const FUZZY_MIN_TERM_LENGTH = 6

/** Terms of at least this length accept two edits; shorter ones one edit. */
export const FUZZY_TWO_EDITS_LENGTH = 10

/**
 * Only terms of at least this severity are matched fuzzily: drug names and spam phrases
 * that honest words rarely come within one edit of; weaker terms are ordinary words.
 */
export const FUZZY_MIN_SEVERITY = 2

/**
 * Upper bound on edit-distance computations per `find` call, so a long page full of words that
 * share prefixes with terms cannot make matching quadratic.
 */
export const MAX_FUZZY_COMPARISONS = 4000

/** Words longer than this are never compared (URLs, base64, glued text). */
export const FUZZY_MAX_TOKEN_LENGTH = 40

/** A term that may be matched fuzzily. */
export interface FuzzyTerm {
  /** Normalised term (Latin letters only, no spaces). */
  key: string
  /** Index of the term's entry in the matcher. */
  entry: number
}

/** Terms indexed by their first and by their last three code units. */
export interface FuzzyIndex {
  readonly size: number
  readonly byPrefix: Map<number, FuzzyTerm[]>
  readonly bySuffix: Map<number, FuzzyTerm[]>
  /** Per hashed three-unit key: bit 1 if some term starts with it, bit 2 if some term ends with it. */
  readonly edges: Uint8Array
}

/**
 * Bits of the hashed edge filter ({@link FuzzyIndex.edges}): 2^16 one-byte slots for a few
 * thousand keys, so nearly every word of honest text is rejected by one array read instead of
 * two map lookups.
 */
const EDGE_FILTER_BITS = 16

function edgeSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - EDGE_FILTER_BITS)
}

/** Index key of three Latin code units, a small integer (fast Map key); -1 outside U+0000–U+03FF. */
function key3(a: number, b: number, c: number): number {
  if ((a | b | c) >= 1024) return -1
  return (a << 20) | (b << 10) | c
}

/** Largest edit distance accepted for a term of this length. */
export function maxDistance(termLength: number): number {
  return termLength >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1
}

/** Whether a normalised term qualifies for fuzzy matching: long enough and Latin letters only. */
export function isFuzzyCandidate(key: string, severity: number): boolean {
  return severity >= FUZZY_MIN_SEVERITY && key.length >= FUZZY_MIN_TERM_LENGTH && /^[a-z\u00df-\u00ff\u0100-\u024f]+$/.test(key)
}

/** Build the index over `terms` (already filtered with {@link isFuzzyCandidate}). */
export function buildFuzzyIndex(terms: readonly FuzzyTerm[]): FuzzyIndex {
  const byPrefix = new Map<number, FuzzyTerm[]>()
  const bySuffix = new Map<number, FuzzyTerm[]>()
  const add = (map: Map<number, FuzzyTerm[]>, k: number, t: FuzzyTerm): void => {
    const list = map.get(k)
    if (list === undefined) map.set(k, [t])
    else list.push(t)
  }
  const edges = new Uint8Array(1 << EDGE_FILTER_BITS)
  for (const t of terms) {
    const s = t.key
    const n = s.length
    const prefix = key3(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2))
    const suffix = key3(s.charCodeAt(n - 3), s.charCodeAt(n - 2), s.charCodeAt(n - 1))
    add(byPrefix, prefix, t)
    add(bySuffix, suffix, t)
    if (prefix >= 0) edges[edgeSlot(prefix)]! |= 1
    if (suffix >= 0) edges[edgeSlot(suffix)]! |= 2
  }
  return {size: terms.length, byPrefix, bySuffix, edges}
}

/**
 * Whether {@link fuzzyLookup} could find anything for the word `codes[from..to)`: false for a word
 * of the wrong length or sharing neither edge with a term (what `fuzzyLookup` rejects before any
 * work), true otherwise, or on a hash collision of the edge filter (then `fuzzyLookup` decides).
 */
export function mayBeNearMiss(index: FuzzyIndex, codes: Uint16Array, from: number, to: number): boolean {
  const n = to - from
  if (n < FUZZY_MIN_TERM_LENGTH - 1 || n > FUZZY_MAX_TOKEN_LENGTH) return false
  const prefix = key3(codes[from]!, codes[from + 1]!, codes[from + 2]!)
  if (prefix >= 0 && (index.edges[edgeSlot(prefix)]! & 1) !== 0) return true
  const suffix = key3(codes[to - 3]!, codes[to - 2]!, codes[to - 1]!)
  return suffix >= 0 && (index.edges[edgeSlot(suffix)]! & 2) !== 0
}

/** A per-call search state: the comparison budget and a memo of words already looked at. */
export interface FuzzySearch {
  comparisons: number
  memo: Map<string, FuzzyTerm | null>
}

/** Start a search with a fresh budget. */
export function startFuzzySearch(): FuzzySearch {
  return {comparisons: 0, memo: new Map()}
}

/**
 * The closest term within its allowed distance of the word `codes[from..to)`, or `undefined`.
 * Exact equality is not a fuzzy match (the automaton reports those).
 */
export function fuzzyLookup(index: FuzzyIndex, codes: Uint16Array, from: number, to: number, search: FuzzySearch): FuzzyTerm | undefined {
  const n = to - from
  if (n < FUZZY_MIN_TERM_LENGTH - 1 || n > FUZZY_MAX_TOKEN_LENGTH) return undefined
  const prefixKey = key3(codes[from]!, codes[from + 1]!, codes[from + 2]!)
  const suffixKey = key3(codes[to - 3]!, codes[to - 2]!, codes[to - 1]!)
  const prefixList = prefixKey < 0 ? undefined : index.byPrefix.get(prefixKey)
  const suffixList = suffixKey < 0 ? undefined : index.bySuffix.get(suffixKey)
  // Without a term of a fitting length nothing would be compared: the answer is no term.
  if (!fitsLength(prefixList, n) && !fitsLength(suffixList, n)) return undefined
  const word = String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[])
  const memo = search.memo.get(word)
  if (memo !== undefined) return memo ?? undefined
  if (search.comparisons >= MAX_FUZZY_COMPARISONS) return undefined
  let best: FuzzyTerm | undefined
  let bestDistance = Infinity
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? prefixList : suffixList === prefixList ? undefined : suffixList
    if (list === undefined) continue
    for (const t of list) {
      const limit = maxDistance(t.key.length)
      if (Math.abs(t.key.length - n) > limit || t.key === word) continue
      if (search.comparisons >= MAX_FUZZY_COMPARISONS) break
      search.comparisons++
      const d = levenshtein.get(word, t.key)
      if (d <= limit && d < bestDistance) {
        best = t
        bestDistance = d
      }
    }
  }
  search.memo.set(word, best ?? null)
  return best
}

/** Whether some term of `list` is within its allowed distance of a word of `n` units by length alone. */
function fitsLength(list: readonly FuzzyTerm[] | undefined, n: number): boolean {
  if (list === undefined) return false
  for (const t of list) if (Math.abs(t.key.length - n) <= maxDistance(t.key.length)) return true
  return false
}
