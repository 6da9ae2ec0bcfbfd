/**
 * Multi-pattern search over UTF-16 code units: finds every occurrence of every pattern in one
 * linear pass over a normalised view. An Aho–Corasick automaton, with two refinements for speed in
 * JavaScript (measured with `npm run bench:matcher`):
 *
 * - **Built lazily.** Building only lays out the root's transitions; a state's children are
 *   created the first time a search reaches it, and failure and output links the first time they
 *   are needed, then kept. Ordinary text visits a few thousand of the ~70,000 states of the
 *   built-in dictionaries, so a fresh process pays for those only. Expanding a state partitions
 *   the patterns sharing its prefix by their next unit (a lazy most-significant-digit radix
 *   sort), so there is no up-front sort either.
 * - **Anchored word patterns** (when built with `startClassOf`). A pattern starting with a letter
 *   can only be reported where no letter precedes it, and one starting with a digit where neither
 *   a letter nor a digit does: that is the matcher's word-boundary rule, which rejects every other
 *   occurrence. So these patterns are not followed through failure links at every unit: the trie
 *   is walked from each position where such a start is allowed (the start of each word), which in
 *   Latin or Cyrillic text is a few steps per word instead of several per letter. Patterns
 *   starting with anything else (Han, kana, Hangul, symbols) use the automaton proper, whose root
 *   then ignores the anchored patterns. Both report exactly the occurrences the matcher keeps.
 *
 * Layout:
 * - what a search reads about a state sits in one record of {@link RECORD} integers (first child,
 *   symbol and number of children, failure link, first output);
 * - each state's children are consecutive state numbers, so its transitions are a range of
 *   records, scanned linearly (nearly every state has one or two children); the root has one
 *   dense table over all code units (child × 4 + anchor kind);
 * - a wide state (more than {@link LINEAR_SCAN_LIMIT} children: a first letter, a common Han
 *   character) also gets an open-addressing hash table twice its size, so a step from it is one
 *   or two probes;
 * - per-state arrays are allocated once at their largest possible size (one state per pattern
 *   unit): memory is only committed for the parts written, and no array ever moves.
 */

import {UNITS_ANY, UNITS_PLAIN, UNITS_WORDS} from './normalize.js'

/**
 * normalize.ts's classes of a letter and a digit, declared again rather than imported: searches
 * read them at every unit, and unbundled (tsx, vitest) an imported binding is loaded from its
 * module at every use. tests/detect/local-constants.test.ts checks that they agree.
 */
const CLASS_WORD = 2
const CLASS_DIGIT = 3

/** A state with at most this many transitions lists them (linear scan); more get a hash table. */
const LINEAR_SCAN_LIMIT = 8

/** Integers per state record: first child, symbol and children, failure link, first output. */
const RECORD = 4
/** Record field: first child (0: not expanded yet; at least 1 once expanded, even without children). */
const R_CHILD = 0
/**
 * Record field: the code unit of the transition into the state in the high 16 bits; in the low
 * 16 bits the number of children of a narrow state, or {@link WIDE} plus the index of a wide
 * state's hash table. Siblings' records are consecutive, so scanning the children for a unit
 * reads the record of the one taken.
 */
const R_INFO = 1
/** Record field: failure link plus one (0: not computed yet). */
const R_FAIL = 2
/**
 * Record field. In the automaton proper: nearest state on the suffix chain (the state included)
 * ending a pattern, plus one (0: not computed; 1: none). In an anchored state: the pattern ending
 * there, plus one (0: none), so a walk reads nothing but records.
 */
const R_OUT = 3
/** Low bits of `R_INFO` from this value up: a wide state; the rest is its hash table's index. */
const WIDE = 16

/**
 * States the per-state arrays start with (they double as states are created): enough for the
 * root's children and a first page of text; allocating for every possible state up front (one
 * per pattern unit, ~140,000 for the built-in dictionaries) costs more in a fresh process than
 * the few copies of doubling.
 */
const INITIAL_STATES = 4096
/** Wide-table slots to start with (they double too). */
const INITIAL_HASH_SLOTS = 1024


/** Letters of a word's key for the word filter (see buildWordFilter). */
const WORD_KEY = 4
/** Bits of the word filter: 2^16 bits (8 KB) for ~1,500 keys of the built-in dictionaries. */
const WORD_FILTER_BITS = 16

/**
 * Hashed key of the `run` (1 to WORD_KEY) letters from `from`: a bit number of the word filter.
 * The letters are packed a byte apart into one integer (exactly, for Latin-1 letters; units above
 * it overlap, which only makes more words pass) and multiplied once: one multiplication instead of
 * one per letter in a chain, asked for every word of a text.
 */
function wordKey(units: Uint16Array, from: number, run: number): number {
  let x = units[from]!
  if (run > 1) x ^= units[from + 1]! << 8
  if (run > 2) x ^= units[from + 2]! << 16
  if (run > 3) x ^= units[from + 3]! << 24
  return Math.imul(x ^ run, 0x9e3779b1) >>> (32 - WORD_FILTER_BITS)
}

/**
 * Whether the word starting at `i` (a letter of plain units), whose first `run` letters (1 to
 * WORD_KEY; fewer only if the word is shorter) are known, may start a match: its key is in the
 * word filter.
 */
function passes(filter: Uint8Array, codes: Uint16Array, i: number, run: number): boolean {
  const slot = wordKey(codes, i, run)
  return (filter[slot >>> 3]! & (1 << (slot & 7))) !== 0
}

/** `anchor` of states whose patterns start with a letter: walked where no letter precedes. */
const ANCHOR_LETTER = 1
/** `anchor` of states whose patterns start with a digit: walked where no letter or digit precedes. */
const ANCHOR_DIGIT = 2

/** A copy of `array` twice as long (the sinks below grow by doubling). */
function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(array.length * 2)
  copy.set(array)
  return copy
}

/** Collects `(pattern, end)` pairs from {@link Automaton.collect}; reused across calls. */
export class MatchSink {
  count = 0
  patterns = new Int32Array(64)
  ends = new Int32Array(64)

  push(pattern: number, end: number): void {
    if (this.count === this.patterns.length) {
      this.patterns = doubled(this.patterns)
      this.ends = doubled(this.ends)
    }
    this.patterns[this.count] = pattern
    this.ends[this.count++] = end
  }
}

/**
 * Words (maximal runs of letters) of at least {@link WordSink.shortest} letters, listed by
 * {@link Automaton.collect} on its way through a text, so that the matcher's near-miss pass need
 * not look for them again; reused across calls.
 */
export class WordSink {
  count = 0
  /** Start and end (exclusive) of each word, in text order. */
  starts = new Int32Array(64)
  ends = new Int32Array(64)

  constructor(readonly shortest: number) {}

  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = doubled(this.starts)
      this.ends = doubled(this.ends)
    }
    this.starts[this.count] = start
    this.ends[this.count++] = end
  }
}

/** A compiled pattern set. */
export interface Automaton {
  /** Number of patterns. */
  readonly patternCount: number
  /** Number of states created so far, the root included (all of them after {@link Automaton.expandAll}). */
  readonly stateCount: number
  /**
   * Call `onMatch(patternIndex, end)` for every occurrence, `end` being the index just past the
   * match in `codes`, by increasing `end`; occurrences ending at the same place come longest first.
   */
  scan(codes: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void
  /**
   * Append occurrences to `sink`, in the order of {@link Automaton.scan}. Without `classes`, every
   * occurrence. With the view's `classes` (`CLASS_*` per unit), an automaton built with
   * `startClassOf` leaves out the occurrences of letter- and digit-initial patterns that the
   * word-boundary rule rejects (see the module comment); all others are still there. `units`
   * tells what the normaliser knows of the units (`UNITS_*` of normalize.ts): with plain units the
   * word filter spares walks from words no pattern can match; with words only (letters, digits and
   * spaces), no pattern but an anchored one can start, and the automaton proper is skipped.
   * Given `words` and `classes`, it also lists there (emptied first) the text's words of at least
   * `words.shortest` letters.
   */
  collect(codes: Uint16Array, length: number, sink: MatchSink, classes?: Uint8Array, units?: number, words?: WordSink): void
  /** Create every state and link now (tests and benchmarks: the lazy automaton matches the same). */
  expandAll(): void
}

/**
 * Build an automaton over `patterns` (non-empty strings; duplicates share a state, the first index
 * wins). `startClassOf` gives the normaliser's class of a pattern's first unit; with it, letter-
 * and digit-initial patterns are anchored (see the module comment). `sorted` says the patterns
 * ascend in UTF-16 code-unit order (as the engine's `sort` leaves strings): then the patterns
 * sharing a prefix are already together, and expanding a state is one pass over them.
 */
export function buildAutomaton(patterns: readonly string[], startClassOf?: (unit: number) => number, sorted = false): Automaton {
  return new LazyAutomaton(patterns, startClassOf, sorted)
}

/** Scratch arrays indexed by code unit, shared by every automaton (expansion is synchronous). */
let unitStamp: Int32Array | undefined
let unitCount: Int32Array | undefined
let unitTerminal: Int32Array | undefined
let stamp = 0

/**
 * Count the patterns of `arena[from..to)` per unit at `depth` into `unitCount` (a pattern ending
 * with that unit instead sets `unitTerminal`, the first one winning), list the distinct units in
 * order of first appearance in `scratch`, and return how many there are.
 */
function countNextUnits(patterns: readonly string[], arena: Int32Array, from: number, to: number, depth: number, scratch: Int32Array, current: number): number {
  const seen = unitStamp!
  const count = unitCount!
  const terminal = unitTerminal!
  let children = 0
  for (let k = from; k < to; k++) {
    const p = arena[k]!
    const pattern = patterns[p]!
    const c = pattern.charCodeAt(depth)
    if (seen[c] !== current) {
      seen[c] = current
      count[c] = 0
      terminal[c] = 0
      scratch[children++] = c
    }
    if (pattern.length === depth + 1) {
      if (terminal[c] === 0) terminal[c] = p + 1
    } else count[c]!++
  }
  return children
}

/**
 * Stable placement of the patterns of `arena[from..to)`, copied to the same places of `scratch`,
 * that continue past `depth` into their children's ranges, at the write positions of `unitCount`.
 */
function placePatterns(patterns: readonly string[], arena: Int32Array, scratch: Int32Array, from: number, to: number, depth: number): void {
  const count = unitCount!
  for (let k = from; k < to; k++) {
    const p = scratch[k]!
    const pattern = patterns[p]!
    if (pattern.length === depth + 1) continue
    arena[count[pattern.charCodeAt(depth)]!++] = p
  }
}

class LazyAutomaton implements Automaton {
  readonly patternCount: number
  stateCount = 1
  private readonly patterns: readonly string[]
  /** Pattern indices; each state's patterns (those continuing past its prefix) are one range of it. */
  private readonly arena: Int32Array
  private readonly scratch: Int32Array
  /** Per state, `RECORD` integers (`R_*`). */
  private record: Int32Array
  // Per state, read while expanding and linking only.
  private rangeStart: Int32Array
  private rangeEnd: Int32Array
  private depth: Int32Array
  private parent: Int32Array
  /**
   * Per state: {@link ANCHOR_LETTER} or {@link ANCHOR_DIGIT} when its patterns start with a letter
   * or a digit (searched by anchored walks), 0 otherwise (the automaton proper).
   */
  private anchor: Uint8Array
  /** For a state ending a pattern: the next such state down its suffix chain (0: none). */
  private outLink: Int32Array
  /** Pattern ending at each state, plus one (0: none). */
  private out: Int32Array
  /**
   * Per code unit, the root's child on it times 4 plus its `anchor` (0: no child), so one read
   * tells both where a unit leads and how patterns starting with it are searched.
   */
  private root: Uint16Array | Int32Array = new Int32Array(0x10000)
  /** See {@link LazyAutomaton.buildWordFilter}; made on the first search of a text of words. */
  private wordFilter: Uint8Array | undefined
  /**
   * For anchored walks: the state after two lowercase ASCII letters (index: first × 26 + second),
   * 0 if no pattern starts with them, -1 not looked up yet.
   */
  private readonly pairs = new Int32Array(26 * 26).fill(-1)
  /**
   * Wide tables: mask and start in `hashSlot`, per table. A slot holds the code unit in its high
   * 16 bits and the child's place among its siblings plus one in the low 16 (0: empty), so a
   * probe reads one integer.
   */
  private readonly wideMask: number[] = []
  private readonly wideBase: number[] = []
  private hashSlot: Int32Array
  private hashUsed = 0
  /** Largest possible number of states: one per pattern unit, plus the root. */
  private readonly maxStates: number
  private readonly startClassOf: ((unit: number) => number) | undefined
  /** Patterns in ascending order, each non-empty: `arena` is the identity and stays so. */
  private readonly sorted: boolean

  constructor(patterns: readonly string[], startClassOf?: (unit: number) => number, sorted = false) {
    this.patterns = patterns
    this.patternCount = patterns.length
    this.startClassOf = startClassOf
    let total = 0
    let nonEmpty = 0
    for (let p = 0; p < patterns.length; p++) {
      const n = patterns[p]!.length
      total += n
      if (n > 0) nonEmpty++
    }
    this.sorted = sorted && nonEmpty === patterns.length
    if (this.sorted) {
      // Ranges of pattern numbers themselves: no arena to fill or partition.
      this.arena = this.scratch = new Int32Array(0)
    } else {
      this.arena = new Int32Array(nonEmpty)
      this.scratch = new Int32Array(nonEmpty)
      for (let p = 0, k = 0; p < patterns.length; p++) if (patterns[p]!.length > 0) this.arena[k++] = p
    }
    // At most one state per pattern unit, plus the root; arrays start small and double.
    this.maxStates = total + 1
    const capacity = Math.min(this.maxStates, INITIAL_STATES)
    this.record = new Int32Array(RECORD * capacity)
    this.rangeStart = new Int32Array(capacity)
    this.rangeEnd = new Int32Array(capacity)
    this.depth = new Int32Array(capacity)
    this.parent = new Int32Array(capacity)
    this.anchor = new Uint8Array(capacity)
    this.outLink = new Int32Array(capacity)
    this.out = new Int32Array(capacity)
    this.hashSlot = new Int32Array(INITIAL_HASH_SLOTS)
    this.rangeEnd[0] = nonEmpty
    this.record[R_FAIL] = 1
    this.record[R_OUT] = 1
    this.expand(0)
    // Root children are the first states: their numbers nearly always fit 14 bits, halving the table.
    if (this.stateCount <= 0x4000) this.root = new Uint16Array(this.root)
  }

  /** Room for `states` states (callers re-read the arrays afterwards). */
  private reserveStates(states: number): void {
    const capacity = this.out.length
    if (states <= capacity) return
    const next = Math.min(this.maxStates, Math.max(states, capacity * 2))
    const grow = <T extends Int32Array | Uint8Array>(old: T, size: number): T => {
      const array = new (old.constructor as new (n: number) => T)(size)
      array.set(old)
      return array
    }
    this.record = grow(this.record, RECORD * next)
    this.rangeStart = grow(this.rangeStart, next)
    this.rangeEnd = grow(this.rangeEnd, next)
    this.depth = grow(this.depth, next)
    this.parent = grow(this.parent, next)
    this.anchor = grow(this.anchor, next)
    this.outLink = grow(this.outLink, next)
    this.out = grow(this.out, next)
  }

  /** Room for `slots` wide-table slots. */
  private reserveHash(slots: number): void {
    const capacity = this.hashSlot.length
    if (slots <= capacity) return
    const next = new Int32Array(Math.max(slots, capacity * 2))
    next.set(this.hashSlot)
    this.hashSlot = next
  }

  /**
   * Create the children of state `s` from the patterns sharing its prefix.
   *
   * Long loops and V8 (see the note of that name in normalize.ts): expanding the root, the first
   * call, runs long enough for V8 (Node 20) to compile its loops while they run; if the ordinary
   * compiled code of such a function is later thrown away by a deoptimisation outside its loop,
   * every call goes from the interpreter into that loop code for good, slower. So each loop over
   * patterns or children here, and each loop of a search, is a function that does nothing
   * outside the loop but read its parameters and return (values needing type feedback, even a
   * sum, are computed by the caller), and what follows a loop is done by the caller.
   */
  private expand(s: number): void {
    if (this.sorted) {
      this.expandSorted(s)
      return
    }
    const d = this.depth[s]!
    const from = this.rangeStart[s]!
    const to = this.rangeEnd[s]!
    unitStamp ??= new Int32Array(0x10000)
    unitCount ??= new Int32Array(0x10000)
    unitTerminal ??= new Int32Array(0x10000)
    const first = this.stateCount
    const children = countNextUnits(this.patterns, this.arena, from, to, d, this.scratch, ++stamp)
    // One child per distinct unit, in order of first appearance; `unitCount` becomes the write position.
    this.reserveStates(first + children)
    this.createChildren(s, first, children, from, d + 1, this.record, this.scratch)
    this.stateCount = first + children
    this.scratch.set(this.arena.subarray(from, to), from)
    placePatterns(this.patterns, this.arena, this.scratch, from, to, d)
    this.linkChildren(s, first, children)
  }

  /**
   * The children of {@link expand}, at depth `depth`: child `j` for the unit `scratch[j]`, its
   * patterns' range from `unitCount`. `record` is the current record array (reserved).
   */
  private createChildren(s: number, first: number, children: number, from: number, depth: number, record: Int32Array, scratch: Int32Array): void {
    const count = unitCount!
    const terminal = unitTerminal!
    let position = from
    for (let j = 0; j < children; j++) {
      const c = scratch[j]!
      const t = first + j
      record[RECORD * t + R_INFO] = c << 16
      this.parent[t] = s
      this.depth[t] = depth
      this.out[t] = terminal[c]!
      this.rangeStart[t] = position
      const n = count[c]!
      count[c] = position
      position += n
      this.rangeEnd[t] = position
      this.noteChild(s, t, c)
    }
  }

  /**
   * {@link expand} for sorted patterns: the range of `s` holds, for each next unit in turn, the
   * pattern ending with it (if any, first, being the shortest) then those continuing.
   */
  private expandSorted(s: number): void {
    const first = this.stateCount
    const t = this.createSortedChildren(s, first, this.patterns, this.depth[s]!, this.rangeStart[s]!, this.rangeEnd[s]!)
    this.stateCount = t
    this.linkChildren(s, first, t - first)
  }

  /**
   * The children of {@link expandSorted}, for the patterns `from..to` continuing past depth `d`;
   * returns the number after the last.
   */
  private createSortedChildren(s: number, first: number, patterns: readonly string[], d: number, from: number, to: number): number {
    let t = first
    let k = from
    while (k < to) {
      if (t === this.out.length) this.reserveStates(t + 1)
      const c = patterns[k]!.charCodeAt(d)
      this.record[RECORD * t + R_INFO] = c << 16
      this.parent[t] = s
      this.depth[t] = d + 1
      this.out[t] = 0
      if (patterns[k]!.length === d + 1) {
        this.out[t] = k + 1
        // Duplicates: the first wins, the others end here too.
        while (k < to && patterns[k]!.length === d + 1 && patterns[k]!.charCodeAt(d) === c) k++
      }
      this.rangeStart[t] = k
      while (k < to && patterns[k]!.charCodeAt(d) === c) k++
      this.rangeEnd[t] = k
      this.noteChild(s, t, c)
      t++
    }
    return t
  }

  /** Record that child `t` of `s` is entered by unit `c` (the root's children get classified). */
  private noteChild(s: number, t: number, c: number): void {
    if (s !== 0) this.anchor[t] = this.anchor[s]!
    else {
      const cls = this.startClassOf?.(c)
      this.anchor[t] = cls === CLASS_WORD ? ANCHOR_LETTER : cls === CLASS_DIGIT ? ANCHOR_DIGIT : 0
      this.root[c] = t * 4 + this.anchor[t]!
    }
    if (this.anchor[t] !== 0) this.record[RECORD * t + R_OUT] = this.out[t]!
  }

  /** Store where the `children` of `s` start, and give a wide state its hash table. */
  private linkChildren(s: number, first: number, children: number): void {
    const record = this.record
    record[RECORD * s + R_CHILD] = first
    // The root's transitions are the dense `root` table; more wide tables than the field can number
    // (only for enormous user dictionaries) leave a state narrow, which is slower but matches the same.
    const wide = s !== 0 && children > LINEAR_SCAN_LIMIT && children < 0xffff && WIDE + this.wideMask.length <= 0xffff
    if (s !== 0) record[RECORD * s + R_INFO]! |= wide ? WIDE + this.wideMask.length : children
    if (wide) {
      let size = 16
      while (size < children * 2) size *= 2
      const mask = size - 1
      const base = this.hashUsed
      this.hashUsed += size
      this.reserveHash(this.hashUsed)
      this.wideMask.push(mask)
      this.wideBase.push(base)
      for (let t = first; t < first + children; t++) {
        const c = record[RECORD * t + R_INFO]! >>> 16
        let h = c & mask
        while (this.hashSlot[base + h] !== 0) h = (h + 1) & mask
        this.hashSlot[base + h] = (c << 16) | (t - first + 1)
      }
    }
  }

  /** The child of `s` (not the root) on code unit `c`, or 0. */
  private child(s: number, c: number): number {
    if (this.record[RECORD * s + R_CHILD] === 0) this.expand(s)
    const record = this.record
    const start = record[RECORD * s + R_CHILD]!
    const count = record[RECORD * s + R_INFO]! & 0xffff
    if (count < WIDE) {
      for (let t = start; t < start + count; t++) if (record[RECORD * t + R_INFO]! >>> 16 === c) return t
      return 0
    }
    const mask = this.wideMask[count - WIDE]!
    const base = this.wideBase[count - WIDE]!
    for (let h = c & mask; ; h = (h + 1) & mask) {
      const slot = this.hashSlot[base + h]!
      if (slot === 0) return 0
      if (slot >>> 16 === c) return start + (slot & 0xffff) - 1
    }
  }

  /** The state after `s` on `c` following failure links, as in the automaton proper. */
  private next(s: number, c: number): number {
    for (;;) {
      if (s === 0) {
        const entry = this.root[c]!
        return (entry & 3) === 0 ? entry >> 2 : 0
      }
      const t = this.child(s, c)
      if (t !== 0) return t
      s = this.failOf(s)
    }
  }

  /**
   * Failure link of `s`: the state of the longest proper suffix of its prefix reachable in the
   * automaton proper (whose root ignores anchored patterns).
   */
  private failOf(s: number): number {
    const known = this.record[RECORD * s + R_FAIL]!
    if (known !== 0) return known - 1
    const p = this.parent[s]!
    const f = p === 0 ? 0 : this.next(this.failOf(p), this.record[RECORD * s + R_INFO]! >>> 16)
    this.record[RECORD * s + R_FAIL] = f + 1
    return f
  }

  /** Nearest state on the suffix chain of `s` (itself included) ending a pattern of the automaton proper, or 0. */
  private firstOutOf(s: number): number {
    const known = this.record[RECORD * s + R_OUT]!
    if (known !== 0) return known - 1
    const below = this.firstOutOf(this.failOf(s))
    this.outLink[s] = below
    const result = this.out[s] !== 0 && this.anchor[s] === 0 ? s : below
    this.record[RECORD * s + R_OUT] = result + 1
    return result
  }

  collect(codes: Uint16Array, length: number, sink: MatchSink, classes?: Uint8Array, units = UNITS_ANY, words?: WordSink): void {
    // In a text of words only the anchored walks can match, and only when the patterns were anchored.
    const wordsOnly = units === UNITS_WORDS && classes !== undefined && this.startClassOf !== undefined
    const filter = classes !== undefined && (wordsOnly || units === UNITS_PLAIN) ? (this.wordFilter ??= this.buildWordFilter()) : undefined
    const first = sink.count
    if (words !== undefined) words.count = 0
    const shortest = words === undefined ? length + 1 : words.shortest
    const walked = wordsOnly
      ? this.walkWords(codes, length, sink, classes, filter!, this.root, words, shortest)
      : this.collectAny(codes, length, sink, classes, filter, this.root, this.wideMask, this.wideBase, this.record, this.hashSlot, words, shortest, units === UNITS_PLAIN && classes !== undefined && this.startClassOf !== undefined)
    if (walked) orderOccurrences(this.patterns, sink.patterns, sink.ends, first, first + 1, sink.count)
  }

  /**
   * {@link collect} for any text; returns whether a walk was made (then the sink needs ordering).
   * The automaton's arrays come as arguments: see "Long loops and V8" at {@link LazyAutomaton.expand}.
   */
  private collectAny(
    codes: Uint16Array,
    length: number,
    sink: MatchSink,
    classes: Uint8Array | undefined,
    filter: Uint8Array | undefined,
    root: Uint16Array | Int32Array,
    wideMask: number[],
    wideBase: number[],
    record: Int32Array,
    hashSlot: Int32Array,
    words: WordSink | undefined,
    shortest: number,
    plain: boolean
  ): boolean {
    // Expanding states may grow `record` and `hashSlot`: they are read again after every call that can.
    let walked = false
    let state = 0
    // The end of the word holding the units up to here (all of them when words are not looked for).
    let wordEnd = classes !== undefined && (words !== undefined || plain) ? 0 : length
    for (let i = 0; i < length; i++) {
      if (i >= wordEnd && classes![i] === CLASS_WORD) {
        // The start of a word (its letters before here would have found it).
        let end = i + 1
        while (end < length && classes![end] === CLASS_WORD) end++
        wordEnd = end
        if (end - i >= shortest) words!.push(i, end)
      }
      const c = codes[i]!
      const entry = root[c]!
      const top = entry >> 2
      const kind = entry & 3
      if (kind !== 0) {
        // An anchored pattern: walk the trie from here if such a pattern may start here.
        const before = classes === undefined || i === 0 ? -1 : classes[i - 1]!
        // The filter is there for plain units only, where a letter-initial pattern starts at a
        // letter: the start of the word just measured (`wordEnd`).
        if (before !== CLASS_WORD && (kind === ANCHOR_LETTER || before !== CLASS_DIGIT) && (filter === undefined || kind !== ANCHOR_LETTER || passes(filter, codes, i, Math.min(wordEnd - i, WORD_KEY)))) {
          walked = true
          this.walk(top, codes, i, length, sink)
          record = this.record
          hashSlot = this.hashSlot
        }
      }
      for (;;) {
        if (state === 0) {
          state = kind === 0 ? top : 0
          break
        }
        const r = RECORD * state
        let start = record[r + R_CHILD]!
        if (start === 0) {
          this.expand(state)
          record = this.record
          hashSlot = this.hashSlot
          start = record[r + R_CHILD]!
        }
        const count = record[r + R_INFO]! & 0xffff
        let next = 0
        if (count < WIDE) {
          const end = start + count
          for (let t = start; t < end; t++) {
            if (record[RECORD * t + R_INFO]! >>> 16 === c) {
              next = t
              break
            }
          }
        } else {
          const mask = wideMask[count - WIDE]!
          const base = wideBase[count - WIDE]!
          for (let h = c & mask; ; h = (h + 1) & mask) {
            const slot = hashSlot[base + h]!
            if (slot === 0) break
            if (slot >>> 16 === c) {
              next = start + (slot & 0xffff) - 1
              break
            }
          }
        }
        if (next !== 0) {
          state = next
          break
        }
        const f = record[r + R_FAIL]!
        if (f !== 0) state = f - 1
        else {
          state = this.failOf(state)
          record = this.record
          hashSlot = this.hashSlot
        }
      }
      if (state === 0) {
        // At the root inside a word of plain units: the rest of the word moves nothing. Its
        // letters start no anchored walk (a letter precedes each), and from the root a letter
        // leads nowhere in the automaton proper (every pattern starting with a letter is
        // anchored, and plain units have their code's class). So step to the word's last letter.
        if (plain && i + 1 < wordEnd) i = wordEnd - 1
        continue
      }
      const known = record[RECORD * state + R_OUT]!
      if (known === 1) continue
      this.report(known !== 0 ? known - 1 : this.firstOutOf(state), i + 1, sink)
      record = this.record
      hashSlot = this.hashSlot
    }
    return walked
  }

  /**
   * {@link collect} for a text of letters, digits and spaces: the automaton proper would stay at
   * its root, so only the anchored walks are made, from the starts of words. Each word is stepped
   * over whole once its start is handled, and listed in `words` when it has at least `shortest`
   * letters. The loop, as {@link collectAny}; returns whether a walk was made.
   */
  private walkWords(
    codes: Uint16Array,
    length: number,
    sink: MatchSink,
    classes: Uint8Array,
    filter: Uint8Array,
    root: Uint16Array | Int32Array,
    words: WordSink | undefined,
    shortest: number
  ): boolean {
    let walked = false
    // No unit visited follows a letter: a word is stepped over, and the unit after it too (a unit
    // after a letter starts no anchored pattern).
    for (let i = 0; i < length; i++) {
      const entry = root[codes[i]!]!
      const kind = entry & 3
      let end = i
      if (classes[i] === CLASS_WORD) {
        end = i + 1
        while (end < length && classes[end] === CLASS_WORD) end++
        if (end - i >= shortest) words!.push(i, end)
      }
      // A word no pattern could match from its start (by its first letters, measured just above:
      // a letter-initial pattern starts at a letter) is passed over; a digit-initial pattern must
      // not follow a digit.
      if (kind === ANCHOR_LETTER ? passes(filter, codes, i, Math.min(end - i, WORD_KEY)) : kind !== 0 && (i === 0 || classes[i - 1] !== CLASS_DIGIT)) {
        walked = true
        this.walk(entry >> 2, codes, i, length, sink)
      }
      if (end > i) i = end
    }
    return walked
  }

  /**
   * The word filter: a bit per hashed word key (see {@link wordKey}) of the patterns starting with
   * a letter. In a text of letters, digits and spaces, a pattern starting with a letter that the
   * matcher keeps starts a word and covers its first letters: all of the word's letters when the
   * word has fewer than {@link WORD_KEY} (then the pattern's first letters end there too), else
   * the first {@link WORD_KEY}. So a word whose key is not in the filter starts no such match.
   */
  private buildWordFilter(): Uint8Array {
    const filter = new Uint8Array(1 << (WORD_FILTER_BITS - 3))
    const patterns = this.patterns
    const classOf = this.startClassOf
    // Without classes no pattern is anchored, and no walk asks the filter.
    if (classOf === undefined) return filter
    const units = new Uint16Array(WORD_KEY)
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!
      if (pattern.length === 0 || classOf(pattern.charCodeAt(0)) !== CLASS_WORD) continue
      let run = 0
      while (run < WORD_KEY && run < pattern.length && classOf(pattern.charCodeAt(run)) === CLASS_WORD) units[run] = pattern.charCodeAt(run++)
      const slot = wordKey(units, 0, run)
      filter[slot >>> 3]! |= 1 << (slot & 7)
    }
    return filter
  }

  /** Report the patterns on the suffix chain from state `o` (its first output), ending at `end`. */
  private report(o: number, end: number, sink: MatchSink): void {
    for (; o !== 0; o = this.outLink[o]!) sink.push(this.out[o]! - 1, end)
  }

  /** Report every pattern along the trie path spelled by `codes` from `from`, entered at root child `t`. */
  private walk(t: number, codes: Uint16Array, from: number, length: number, sink: MatchSink): void {
    let i = from
    // Two lowercase ASCII letters, the start of most words of Latin text: the state after both
    // comes from a small table filled as pairs are met.
    const first = codes[i]! - 0x61
    if (i + 1 < length && first >= 0 && first < 26) {
      const second = codes[i + 1]! - 0x61
      if (second >= 0 && second < 26) {
        const pattern = this.record[RECORD * t + R_OUT]!
        if (pattern !== 0) sink.push(pattern - 1, i + 1)
        const pair = first * 26 + second
        let after = this.pairs[pair]!
        if (after < 0) after = this.pairs[pair] = this.child(t, codes[i + 1]!)
        if (after === 0) return
        t = after
        i++
      }
    }
    for (;;) {
      const pattern = this.record[RECORD * t + R_OUT]!
      if (pattern !== 0) sink.push(pattern - 1, i + 1)
      if (++i >= length) return
      t = this.child(t, codes[i]!)
      if (t === 0) return
    }
  }


  scan(codes: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void {
    const sink = new MatchSink()
    this.collect(codes, length, sink)
    for (let k = 0; k < sink.count; k++) onMatch(sink.patterns[k]!, sink.ends[k]!)
  }

  expandAll(): void {
    // States are created in increasing numbers, so one pass reaches every one of them.
    for (let s = 1; s < this.stateCount; s++) {
      if (this.record[RECORD * s + R_CHILD] === 0) this.expand(s)
    }
    for (let s = 1; s < this.stateCount; s++) if (this.anchor[s] === 0) this.firstOutOf(s)
  }
}

/**
 * Put the occurrences `first..count` of a sink (`patterns`, `ends`) in the automaton's order (by
 * end, longest first): walks report by start, and the matcher breaks ties between equal source
 * ranges by this order. `second` is `first + 1` (see "Long loops and V8" at LazyAutomaton.expand).
 */
function orderOccurrences(patterns: readonly string[], p: Int32Array, e: Int32Array, first: number, second: number, count: number): void {
  // Insertion sort in place: a walk's occurrences are behind the automaton's by a few places at
  // most, so this is close to one pass.
  for (let k = second; k < count; k++) {
    const pattern = p[k]!
    const end = e[k]!
    const length = patterns[pattern]!.length
    let j = k - 1
    while (j >= first && (e[j]! > end || (e[j] === end && patterns[p[j]!]!.length < length))) {
      p[j + 1] = p[j]!
      e[j + 1] = e[j]!
      j--
    }
    p[j + 1] = pattern
    e[j + 1] = end
  }
}
