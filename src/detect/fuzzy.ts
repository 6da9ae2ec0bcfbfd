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

/** Shortest word compared: one edit shorter than the shortest term. */
export const FUZZY_SHORTEST_WORD = FUZZY_MIN_TERM_LENGTH - 1

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
  /**
   * An open-addressing table over the three-unit keys: per slot the key plus one (0: empty), and
   * the numbers plus one of the lists of terms starting and ending with it (0: none).
   */
  readonly slotKey: Int32Array
  /** log2 of the table's size. */
  readonly slotBits: number
  readonly slotPrefix: Int32Array
  readonly slotSuffix: Int32Array
  readonly lists: FuzzyTerm[][]
  /** Per list and word length (list × 64 + length), how many of its terms a word of that length could be near. */
  readonly fitCount: Int32Array
  /**
   * The prefix and suffix columns again for keys of three lowercase ASCII letters, the edges of
   * nearly every word compared, indexed directly ({@link asciiKey3}): no hashing, no probing.
   */
  readonly asciiPrefix: Int32Array
  readonly asciiSuffix: Int32Array
}

/** Number of keys of three lowercase ASCII letters. */
const ASCII_KEYS = 26 * 26 * 26

/** Index of three lowercase ASCII letters among the {@link ASCII_KEYS}, or -1. */
function asciiKey3(a: number, b: number, c: number): number {
  const x = a - 0x61
  const y = b - 0x61
  const z = c - 0x61
  // One unsigned comparison per unit: below 0x61 wraps to a large number.
  if (x >>> 0 >= 26 || y >>> 0 >= 26 || z >>> 0 >= 26) return -1
  return (x * 26 + y) * 26 + z
}

/** Index key of three Latin code units, a small integer; -1 outside U+0000–U+03FF. */
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
  // One open-addressing table over the three-unit keys, at most one slot in eight used (two keys
  // per term at most), so a probe rarely goes on; each key's terms in a list, in `terms` order.
  let bits = 4
  while (1 << bits < 8 * terms.length) bits++
  const mask = (1 << bits) - 1
  const slotKey = new Int32Array(1 << bits)
  const slotPrefix = new Int32Array(1 << bits)
  const slotSuffix = new Int32Array(1 << bits)
  const lists: FuzzyTerm[][] = []
  const add = (key: number, t: FuzzyTerm, into: Int32Array): void => {
    if (key < 0) return
    let h = slotOf(key, bits)
    while (slotKey[h] !== 0 && slotKey[h] !== key + 1) h = (h + 1) & mask
    slotKey[h] = key + 1
    if (into[h] === 0) {
      lists.push([t])
      into[h] = lists.length
    } else lists[into[h]! - 1]!.push(t)
  }
  for (const t of terms) {
    const s = t.key
    const n = s.length
    add(key3(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2)), t, slotPrefix)
    add(key3(s.charCodeAt(n - 3), s.charCodeAt(n - 2), s.charCodeAt(n - 1)), t, slotSuffix)
  }
  const fitCount = new Int32Array(lists.length * 64)
  for (let l = 0; l < lists.length; l++) {
    for (const t of lists[l]!) {
      const limit = maxDistance(t.key.length)
      for (let n = Math.max(0, t.key.length - limit); n <= t.key.length + limit && n < 64; n++) {
        fitCount[l * 64 + n]!++
      }
    }
  }
  const asciiPrefix = new Int32Array(ASCII_KEYS)
  const asciiSuffix = new Int32Array(ASCII_KEYS)
  for (let h = 0; h < slotKey.length; h++) {
    if (slotKey[h] === 0) continue
    const key = slotKey[h]! - 1
    const ascii = asciiKey3(key >>> 20, (key >>> 10) & 1023, key & 1023)
    if (ascii < 0) continue
    asciiPrefix[ascii] = slotPrefix[h]!
    asciiSuffix[ascii] = slotSuffix[h]!
  }
  return {size: terms.length, slotKey, slotBits: bits, slotPrefix, slotSuffix, lists, fitCount, asciiPrefix, asciiSuffix}
}

/** Number plus one of the list of terms starting with `codes[from..from+3)`, or 0. */
function prefixListOf(index: FuzzyIndex, codes: Uint16Array, from: number): number {
  const a = codes[from]!
  const b = codes[from + 1]!
  const c = codes[from + 2]!
  const ascii = asciiKey3(a, b, c)
  return ascii >= 0 ? index.asciiPrefix[ascii]! : listOf(index, key3(a, b, c), index.slotPrefix)
}

/** Number plus one of the list of terms ending with `codes[to-3..to)`, or 0. */
function suffixListOf(index: FuzzyIndex, codes: Uint16Array, to: number): number {
  const a = codes[to - 3]!
  const b = codes[to - 2]!
  const c = codes[to - 1]!
  const ascii = asciiKey3(a, b, c)
  return ascii >= 0 ? index.asciiSuffix[ascii]! : listOf(index, key3(a, b, c), index.slotSuffix)
}

/** Home slot of a three-unit key in a table of 2^bits slots. */
function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits)
}

/** Number plus one of the list for three-unit key `key` in `into` (the prefix or suffix column), or 0. */
function listOf(index: FuzzyIndex, key: number, into: Int32Array): number {
  if (key < 0) return 0
  const keys = index.slotKey
  const mask = keys.length - 1
  for (let h = slotOf(key, index.slotBits); ; h = (h + 1) & mask) {
    const k = keys[h]!
    if (k === 0) return 0
    if (k === key + 1) return into[h]!
  }
}

/** Whether list `list` (number plus one, 0 for none) has a term a word of `n` units could be near. */
function fits(index: FuzzyIndex, list: number, n: number): boolean {
  return list !== 0 && index.fitCount[(list - 1) * 64 + n] !== 0
}

/**
 * Whether {@link fuzzyLookup} could find anything for the word `codes[from..to)`: false for a word
 * of the wrong length, or sharing neither edge with a term of a fitting length (what
 * `fuzzyLookup` rejects before any work, and without a trace), true otherwise.
 */
export function mayBeNearMiss(index: FuzzyIndex, codes: Uint16Array, from: number, to: number): boolean {
  const n = to - from
  if (n < FUZZY_SHORTEST_WORD || n > FUZZY_MAX_TOKEN_LENGTH) return false
  return fits(index, prefixListOf(index, codes, from), n) || fits(index, suffixListOf(index, codes, to), n)
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
  if (n < FUZZY_SHORTEST_WORD || n > FUZZY_MAX_TOKEN_LENGTH) return undefined
  const prefix = prefixListOf(index, codes, from)
  const suffix = suffixListOf(index, codes, to)
  // Without a term of a fitting length nothing would be compared: the answer is no term.
  if (!fits(index, prefix, n) && !fits(index, suffix, n)) return undefined
  const prefixList = prefix === 0 ? undefined : index.lists[prefix - 1]
  const suffixList = suffix === 0 ? undefined : index.lists[suffix - 1]
  const word = String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[])
  const memo = search.memo.get(word)
  if (memo !== undefined) return memo ?? undefined
  if (search.comparisons >= MAX_FUZZY_COMPARISONS) return undefined
  let best: FuzzyTerm | undefined
  let bestDistance = Infinity
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? prefixList : suffixList
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


/**
 * {@link fuzzyLookup} without building the word or remembering it, for a search counting every
 * comparison, repeated words included (`search.comparisons`). The result is the same as
 * `fuzzyLookup`'s as long as that count plus this word's comparisons stays within
 * {@link MAX_FUZZY_COMPARISONS}: `fuzzyLookup` counts no more (its memo spares repeated words),
 * so it too compares every candidate of every word, and a remembered answer is the answer.
 * Returns `null` when this word could break that bound: the caller then starts its search over
 * with `fuzzyLookup`.
 */
export function fuzzyLookupCounting(index: FuzzyIndex, codes: Uint16Array, from: number, to: number, search: {comparisons: number}): FuzzyTerm | undefined | null {
  const n = to - from
  if (n < FUZZY_SHORTEST_WORD || n > FUZZY_MAX_TOKEN_LENGTH) return undefined
  const prefix = prefixListOf(index, codes, from)
  const suffix = suffixListOf(index, codes, to)
  const bound = fitting(index, prefix, n) + fitting(index, suffix, n)
  if (bound === 0) return undefined
  if (search.comparisons + bound > MAX_FUZZY_COMPARISONS) return null
  let best: FuzzyTerm | undefined
  let bestDistance = Infinity
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? prefix : suffix
    if (list === 0) continue
    for (const t of index.lists[list - 1]!) {
      const limit = maxDistance(t.key.length)
      if (Math.abs(t.key.length - n) > limit || sameWord(t.key, codes, from, to)) continue
      search.comparisons++
      const d = boundedDistance(codes, from, to, t.key, limit)
      if (d <= limit && d < bestDistance) {
        best = t
        bestDistance = d
      }
    }
  }
  return best
}

/** Number of terms of list `list` (number plus one; 0 for none) that a word of `n` units (below 64) could be near. */
function fitting(index: FuzzyIndex, list: number, n: number): number {
  return list === 0 ? 0 : index.fitCount[(list - 1) * 64 + n]!
}

function sameWord(key: string, codes: Uint16Array, from: number, to: number): boolean {
  if (key.length !== to - from) return false
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== codes[from + k]) return false
  return true
}

/** Larger than any distance asked about. */
const FAR = 1 << 20
let rowA = new Int32Array(64)
let rowB = new Int32Array(64)

/**
 * Levenshtein distance (UTF-16 units) between `codes[from..to)` and `key` when it is at most
 * `limit`, else some number above `limit`: the dynamic programme restricted to the diagonal band
 * of width `limit` each side (a path of cost at most `limit` never leaves it), stopping once a
 * row exceeds `limit` everywhere.
 */
export function boundedDistance(codes: Uint16Array, word: number, to: number, term: string, limit: number): number {
  if (Math.abs(to - word - term.length) > limit) return limit + 1
  // Equal first and last units change nothing in the distance: strip them (a prefix- or
  // suffix-list term shares three of them with the word by construction).
  let lead = 0
  const shorter = Math.min(to - word, term.length)
  while (lead < shorter && codes[word + lead] === term.charCodeAt(lead)) lead++
  let trail = 0
  while (trail < shorter - lead && codes[to - 1 - trail] === term.charCodeAt(term.length - 1 - trail)) trail++
  const from = word + lead
  const end = to - trail
  const n = end - from
  const m = term.length - lead - trail
  if (n === 0 || m === 0) return n + m <= limit ? n + m : limit + 1
  // One edit at most: the two differ at the first and the last unit left, so one edit must be
  // both, and what is left is one unit against one or none (a single insertion, deletion or
  // substitution leaves everything before and after it equal, stripped above). No table needed.
  if (limit === 1) return n === 1 && m === 1 ? 1 : 2
  if (rowA.length < m + 2) {
    rowA = new Int32Array(m + 2)
    rowB = new Int32Array(m + 2)
  }
  let previous = rowA
  let current = rowB
  for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : FAR
  for (let i = 1; i <= n; i++) {
    const unit = codes[from + i - 1]!
    const lo = Math.max(1, i - limit)
    const hi = Math.min(m, i + limit)
    current[lo - 1] = lo === 1 ? i : FAR
    let rowMin = current[lo - 1]!
    for (let j = lo; j <= hi; j++) {
      let v = previous[j - 1]! + (unit === term.charCodeAt(lead + j - 1) ? 0 : 1)
      const deletion = previous[j]! + 1
      const insertion = current[j - 1]! + 1
      if (deletion < v) v = deletion
      if (insertion < v) v = insertion
      current[j] = v
      if (v < rowMin) rowMin = v
    }
    if (hi < m) current[hi + 1] = FAR
    if (rowMin > limit) return limit + 1
    const swap = previous
    previous = current
    current = swap
  }
  return previous[m]! <= limit ? previous[m]! : limit + 1
}
