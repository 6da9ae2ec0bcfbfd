/**
 * The dictionary matcher: finds dictionary terms in text, at offsets of the original text.
 *
 * One `find` call normalises the text (see `normalize.ts`), runs one Aho–Corasick pass over the
 * main view and one over the (usually tiny or absent) squeezed view, checks word boundaries, keeps
 * the leftmost-longest non-overlapping hits, then looks for near-misses of long Latin terms among
 * the words left over.
 */
import {buildAutomaton, MatchSink, WordSink, type Automaton} from './automaton.js'
import {compileEntryTable, type CompileOptions, type EntryTable} from './dictionaries.js'
import type {DictionaryInput, Severity} from './dictionary-types.js'
import {buildFuzzyIndex, fuzzyLookup, fuzzyLookupCounting, mayBeNearMiss, startFuzzySearch, type FuzzyIndex, type FuzzySearch, type FuzzyTerm} from './fuzzy.js'
import {classOfUnit, normalizeInto, squeezeView, ViewBuffer, type NormalizedText} from './normalize.js'

/*
 * Constants of normalize.ts and fuzzy.ts read for every match and every word, declared again
 * rather than imported: unbundled (tsx, vitest) an imported binding is loaded from its module at
 * every use. tests/detect/local-constants.test.ts checks that they agree.
 */
const CLASS_WORD = 2
const CLASS_DIGIT = 3
const FLAG_GAP = 2
const FLAG_MAPPED = 1
const FLAG_SQUEEZED = 4
const FUZZY_SHORTEST_WORD = 5

/** A dictionary term found in a text. */
export interface TermHit {
  /** The term, normalised (as the automaton matched it). */
  term: string
  /** Category of the dictionary the term comes from. */
  category: string
  /** Language of that dictionary. */
  lang: string
  /** Severity of the term (at most {@link FUZZY_MAX_SEVERITY} for fuzzy hits). */
  severity: Severity
  /** UTF-16 offset of the match start in the original text. */
  start: number
  /** UTF-16 offset just past the match end in the original text. */
  end: number
  /** Set when the text was a near-miss of the term (edit distance 1–2). */
  fuzzy?: boolean
  /** Set when matching needed separator removal, leetspeak or look-alike mapping: a spam signal itself. */
  obfuscated?: boolean
}

/** Options of {@link Matcher.find}. */
export interface FindOptions {
  /** Also look for near-misses of long Latin terms. Default `true`. */
  fuzzy?: boolean
}

/** Finds dictionary terms. Immutable and reusable; `find` is synchronous. */
export interface Matcher {
  /** All hits in `text`, non-overlapping (leftmost-longest), sorted by `start`. */
  find(text: string, options?: FindOptions): TermHit[]
  /** Number of terms matched (allow-list phrases excluded). */
  termCount: number
}

/** Options of {@link getMatcher}, as resolved from the public options. */
export interface MatcherOptions {
  builtin: boolean
  extra: DictionaryInput[]
  allow: string[]
  categories?: string[] | undefined
  disableCategories: string[]
}

/**
 * Fuzzy hits are reported with at most this severity: a near-miss may be an honest word
 * (`ambient` is one edit from the sleeping pill `ambien`).
 */
export const FUZZY_MAX_SEVERITY: Severity = 2

/** Matchers kept in the cache; least recently used ones beyond this are dropped. */
export const MAX_CACHED_MATCHERS = 16

/**
 * Texts up to this many UTF-16 units are normalised into one buffer kept between calls (about
 * 12 bytes a unit, so at most 3 MB stay allocated); longer ones get a buffer of their own, so
 * one huge page does not pin its memory for the life of the process.
 */
export const MAX_REUSED_VIEW = 1 << 18

const BOUNDARY_NONE = 1
const BOUNDARY_LETTER = 2
const BOUNDARY_DIGIT = 3

function boundaryKind(cls: number | undefined): number {
  if (cls === CLASS_WORD) return BOUNDARY_LETTER
  if (cls === CLASS_DIGIT) return BOUNDARY_DIGIT
  return BOUNDARY_NONE
}

/** Whether the view's class at `i` forbids a term edge of `kind` next to it. */
function blocks(view: NormalizedText, i: number, kind: number): boolean {
  if (kind === BOUNDARY_NONE || i < 0 || i >= view.length) return false
  const cls = view.classes[i]
  // Letters must not touch letters (`cialis` in `specialist`); digits may (`slot88`).
  // Digit-edged terms (`4d`, `18+`) must not touch letters or digits.
  if (cls === CLASS_WORD) return true
  return kind === BOUNDARY_DIGIT && cls === CLASS_DIGIT
}

/** The main view's buffer and the automaton's match list, shared by every matcher (`find` is synchronous). */
const sharedView = new ViewBuffer(1024)
const sharedSqueezed = new ViewBuffer(64)
const sharedSink = new MatchSink()
/** The main view's words long enough for a near-miss, listed by the automaton on its way. */
const sharedWords = new WordSink(FUZZY_SHORTEST_WORD)
/** Candidates of the current `find` call, and those taken; reused (emptied) by each call. */
const sharedFound: Candidate[] = []
const sharedTaken: Candidate[] = []
/** The comparison count of the current near-miss search. */
const counting = {comparisons: 0}

class DictionaryMatcher implements Matcher {
  readonly termCount: number
  private readonly entries: EntryTable
  private readonly automaton: Automaton
  /** Start and end boundary kinds per entry (`BOUNDARY_*`), found on the entry's first match (0: not yet). */
  private readonly startKind: Uint8Array
  private readonly endKind: Uint8Array
  /** Near-miss index, built on the first `find` that looks for near-misses. */
  private fuzzy: FuzzyIndex | undefined

  constructor(entries: EntryTable) {
    this.entries = entries
    this.termCount = entries.termCount
    this.automaton = buildAutomaton(entries.keys, classOfUnit, entries.sorted)
    this.startKind = new Uint8Array(entries.size)
    this.endKind = new Uint8Array(entries.size)
  }

  find(text: string, options?: FindOptions): TermHit[] {
    const entries = this.entries
    if (text.length === 0 || entries.size === 0) return []
    const main = normalizeInto(text, text.length <= MAX_REUSED_VIEW ? sharedView : new ViewBuffer(text.length + 8))
    const found = sharedFound
    if (found.length !== 0) found.length = 0
    const fuzzy = options?.fuzzy ?? true
    this.scan(main, false, main.units, found, fuzzy ? sharedWords : undefined)
    const squeezed = main.mayHideWords ? squeezeView(text, main, text.length <= MAX_REUSED_VIEW ? sharedSqueezed : undefined) : undefined
    // The squeezed view holds units of the main view and leetspeak letters only.
    if (squeezed !== undefined) this.scan(squeezed, true, main.units, found, undefined)
    const hits: TermHit[] = []
    const taken = sharedTaken
    if (taken.length !== 0) taken.length = 0
    if (found.length > 0) {
      found.sort(byPosition)
      this.keep(found, taken, hits, entries)
    }
    if (fuzzy) {
      this.fuzzy ??= this.buildFuzzy()
      if (this.fuzzy.size > 0) this.findFuzzy(main, taken, hits, sharedWords)
    }
    return hits
  }

  /**
   * Keep the leftmost-longest of the sorted `found` candidates in `taken`, and their hits (allow-
   * list phrases left out) in `hits`. This and the other loops that can run long (over a text, over
   * its matches) do nothing outside the loop but read their parameters: see "Long loops and V8"
   * in normalize.ts.
   */
  private keep(found: Candidate[], taken: Candidate[], hits: TermHit[], entries: EntryTable): void {
    let lastEnd = -1
    for (let x = 0; x < found.length; x++) {
      const c = found[x]!
      if (c.start < lastEnd) continue
      lastEnd = c.end
      taken.push(c)
      const e = c.entry
      if (entries.allow(e)) continue
      const hit: TermHit = {term: entries.keys[e]!, category: entries.category(e), lang: entries.lang(e), severity: entries.severity(e), start: c.start, end: c.end}
      if (c.obfuscated) hit.obfuscated = true
      hits.push(hit)
    }
  }

  private buildFuzzy(): FuzzyIndex {
    // In composition order: among equally near terms the first one found wins.
    const entries = this.entries
    const terms: FuzzyTerm[] = []
    const candidates = entries.nearMissEntries()
    for (let k = 0; k < candidates.length; k++) terms.push({key: entries.keys[candidates[k]!]!, entry: candidates[k]!})
    return buildFuzzyIndex(terms)
  }

  private scan(view: NormalizedText, squeezed: boolean, units: number, found: Candidate[], words: WordSink | undefined): void {
    const sink = sharedSink
    sink.count = 0
    this.automaton.collect(view.codes, view.length, sink, view.classes, units, words)
    if (sink.count > 0) this.check(view, squeezed, found, sink.patterns, sink.ends, sink.count, this.entries.keys, view.flags, view.starts, view.ends)
  }

  /** The matches `patterns`/`matchEnds` (`count` of them) of {@link scan} that pass the word-boundary rule, as candidates. */
  private check(
    view: NormalizedText,
    squeezed: boolean,
    found: Candidate[],
    patterns: Int32Array,
    matchEnds: Int32Array,
    count: number,
    keys: readonly string[],
    flags: Uint8Array,
    starts: Int32Array,
    ends: Int32Array
  ): void {
    for (let m = 0; m < count; m++) {
      const entry = patterns[m]!
      const end = matchEnds[m]!
      const key = keys[entry]!
      const start = end - key.length
      let startKind = this.startKind[entry]!
      let endKind = this.endKind[entry]!
      if (startKind === 0) {
        startKind = this.startKind[entry] = boundaryKind(classOfUnit(key.charCodeAt(0)))
        endKind = this.endKind[entry] = boundaryKind(classOfUnit(key.charCodeAt(key.length - 1)))
      }
      if (blocks(view, start - 1, startKind) || blocks(view, end, endKind)) continue
      let obfuscated = false
      let squeezeNeeded = false
      for (let k = start; k < end; k++) {
        const f = flags[k]!
        if ((f & FLAG_MAPPED) !== 0 || (k > start && (f & FLAG_GAP) !== 0)) {
          obfuscated = true
          if ((f & FLAG_SQUEEZED) !== 0) squeezeNeeded = true
        }
      }
      // The squeezed view repeats the main view's words; keep only what squeezing revealed.
      if (squeezed && !squeezeNeeded) continue
      found.push({entry, start: starts[start]!, end: ends[end - 1]!, obfuscated})
    }
  }

  private findFuzzy(main: NormalizedText, taken: Candidate[], hits: TermHit[], words: WordSink): void {
    // A counting search needs no word strings and no memo; on a text long enough to approach the
    // comparison budget it gives up, and the memoised search, which counts as the budget means,
    // does the text again (see fuzzyLookupCounting).
    counting.comparisons = 0
    const fuzzy = this.fuzzy!
    const {codes, classes, starts, ends} = main
    let fuzzyHits = this.fuzzyPass(codes, classes, starts, ends, main.length, words.starts, words.ends, words.count, fuzzy, taken, counting)
    if (fuzzyHits === null) fuzzyHits = this.fuzzyPass(codes, classes, starts, ends, main.length, words.starts, words.ends, words.count, fuzzy, taken, undefined)
    if (fuzzyHits === undefined || fuzzyHits === null) return
    hits.push(...fuzzyHits)
    hits.sort(byStart)
  }

  /**
   * Near-misses among the `count` words `wordStarts`/`wordEnds` of the main view (its arrays and
   * length `n`) outside the `taken` hits (`undefined`: none); `null` if a counting search gave up.
   */
  private fuzzyPass(
    codes: Uint16Array,
    classes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    n: number,
    wordStarts: Int32Array,
    wordEnds: Int32Array,
    count: number,
    fuzzy: FuzzyIndex,
    taken: Candidate[],
    counting: {comparisons: number} | undefined
  ): TermHit[] | undefined | null {
    let search: FuzzySearch | undefined
    let fuzzyHits: TermHit[] | undefined
    let t = 0
    for (let w = 0; w < count; w++) {
      const i = wordStarts[w]!
      const j = wordEnds[w]!
      // Cheap rejection first: sharing no three-letter edge with a term of a fitting length.
      if (!mayBeNearMiss(fuzzy, codes, i, j)) continue
      const start = starts[i]!
      const end = ends[j - 1]!
      while (t < taken.length && taken[t]!.end <= start) t++
      const overlaps = t < taken.length && taken[t]!.start < end
      if (!overlaps && (j >= n || classes[j] !== CLASS_DIGIT) && (i === 0 || classes[i - 1] !== CLASS_DIGIT)) {
        let term: FuzzyTerm | undefined
        if (counting !== undefined) {
          const found = fuzzyLookupCounting(fuzzy, codes, i, j, counting)
          if (found === null) return null
          term = found
        } else term = fuzzyLookup(fuzzy, codes, i, j, (search ??= startFuzzySearch()))
        if (term !== undefined) {
          const e = term.entry
          const entries = this.entries
          const severity = (Math.min(entries.severity(e), FUZZY_MAX_SEVERITY)) as Severity
          ;(fuzzyHits ??= []).push({term: entries.keys[e]!, category: entries.category(e), lang: entries.lang(e), severity, start, end, fuzzy: true})
        }
      }
    }
    return fuzzyHits
  }
}

/** Leftmost first, then longest, then plain before obfuscated. */
function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end || Number(a.obfuscated) - Number(b.obfuscated)
}

function byStart(a: TermHit, b: TermHit): number {
  return a.start - b.start
}

interface Candidate {
  entry: number
  start: number
  end: number
  obfuscated: boolean
}

/** Build a matcher without caching (tests and benchmarks). */
export function createMatcher(options: CompileOptions): Matcher {
  return new DictionaryMatcher(compileEntryTable(options))
}

const cache = new Map<string, Matcher>()
const extraIds = new WeakMap<DictionaryInput, string>()

function cacheKey(options: MatcherOptions): string {
  const extra = options.extra.map((d) => {
    let id = extraIds.get(d)
    if (id === undefined) {
      id = JSON.stringify(d)
      extraIds.set(d, id)
    }
    return id
  })
  const sorted = (list: readonly string[] | undefined): string[] | null => (list === undefined ? null : [...list].sort())
  return JSON.stringify([options.builtin, extra, sorted(options.allow), sorted(options.categories), sorted(options.disableCategories)])
}

/**
 * The matcher for these options, built on first use and cached per distinct options (user
 * dictionaries compared by content, read once per object: mutate a dictionary object after use
 * and the old matcher is still served). Throws `ArticleGuardError` (`invalid-dictionary`) for a
 * bad user dictionary.
 */
export function getMatcher(options: MatcherOptions): Matcher {
  const key = cacheKey(options)
  let matcher = cache.get(key)
  if (matcher !== undefined) {
    cache.delete(key)
    cache.set(key, matcher)
    return matcher
  }
  matcher = createMatcher(options)
  cache.set(key, matcher)
  if (cache.size > MAX_CACHED_MATCHERS) cache.delete(cache.keys().next().value!)
  return matcher
}
