/**
 * Dictionaries: parse and validate dictionary files and user dictionaries, and compose them with
 * the built-in ones into one flat list of matchable entries.
 */
import {ArticleGuardError, describeType} from '../errors.js'
import {isFuzzyCandidate} from './fuzzy.js'
import {
  BUILTIN_DEFAULT_NEAR_MISSES,
  BUILTIN_DEFAULT_ORDER,
  BUILTIN_DEFAULT_WINNERS,
  BUILTIN_DICTIONARY_INFO,
  BUILTIN_KEY_EXCEPTIONS,
  BUILTIN_SEVERITIES,
  BUILTIN_TERMS
} from './builtin-dictionaries.js'
import type {DictionaryInput, DictionaryTerm, Severity} from './dictionary-types.js'
import {normalizeTerm} from './normalize.js'
import {packedAt, unpackFixed} from './packed-numbers.js'

/** Severity of a term given as a plain string. */
export const DEFAULT_SEVERITY: Severity = 2

/** Top-level keys a dictionary may have (`severity` holds the human-readable scale in files). */
const DICTIONARY_KEYS = new Set(['lang', 'category', 'source', 'licence', 'severity', 'terms', 'name'])
const TERM_KEYS = new Set(['term', 'severity'])

/** One matchable entry: a normalised term with where it comes from. */
export interface CompiledEntry {
  /** Normalised term: the automaton pattern, and the `term` reported. */
  key: string
  /** Term as written in the dictionary. */
  term: string
  category: string
  lang: string
  severity: Severity
  /** An allow-list entry: matches it shadow overlapping terms and are not reported. */
  allow: boolean
}

/** What {@link compileDictionaries} composes. */
export interface CompileOptions {
  /** Include the built-in dictionaries. */
  builtin: boolean
  /** User dictionaries, merged with the built-in ones. */
  extra: DictionaryInput[]
  /** Terms never to report (compared after normalisation); longer allowed phrases shadow terms inside them. */
  allow: string[]
  /** Only these categories, when given. */
  categories?: string[] | undefined
  /** Categories to leave out. */
  disableCategories: string[]
}

function fail(message: string): never {
  throw new ArticleGuardError('invalid-dictionary', message)
}

// ---------------------------------------------------------------------------------------------
// Locating terms in raw JSON text
// ---------------------------------------------------------------------------------------------

class JsonScanError extends Error {
  constructor(readonly position: number) {
    super(`JSON syntax error at ${position}`)
  }
}

/**
 * Scan JSON text without building values; return the offsets where the elements of the top-level
 * object's `terms` array start. Throws {@link JsonScanError} at the first syntax error.
 */
function locateTerms(text: string): number[] {
  let i = 0
  const found: number[] = []
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++
  }
  const string = (): string => {
    if (text[i] !== '"') throw new JsonScanError(i)
    const begin = ++i
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++
      else if (text.charCodeAt(i) < 0x20) throw new JsonScanError(i)
      i++
    }
    if (i >= text.length) throw new JsonScanError(i)
    return text.slice(begin, i++)
  }
  const value = (collect: boolean, depth: number): void => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        const key = string()
        ws()
        if (text[i++] !== ':') throw new JsonScanError(i - 1)
        if (depth === 0 && key === 'terms') {
          ws()
          if (text[i] === '[') {
            i++
            ws()
            if (text[i] === ']') i++
            else {
              for (;;) {
                ws()
                found.push(i)
                value(false, depth + 2)
                ws()
                if (text[i] === ',') i++
                else if (text[i] === ']') {
                  i++
                  break
                } else throw new JsonScanError(i)
              }
            }
          } else value(false, depth + 1)
        } else value(false, depth + 1)
        ws()
        if (text[i] === ',') i++
        else if (text[i] === '}') {
          i++
          return
        } else throw new JsonScanError(i)
      }
    } else if (c === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(collect, depth + 1)
        ws()
        if (text[i] === ',') i++
        else if (text[i] === ']') {
          i++
          return
        } else throw new JsonScanError(i)
      }
    } else if (c === '"') string()
    else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64))
      if (m === null) throw new JsonScanError(i)
      i += m[0].length
    }
  }
  value(false, 0)
  ws()
  if (i < text.length) throw new JsonScanError(i)
  return found
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++
  return line
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** Tells where the term at an index sits, for error messages: `line 12` or `terms[11]`. */
type Locate = (index: number) => string

/**
 * Check a dictionary value and return it as a `DictionaryInput` with `name` set. Throws
 * `ArticleGuardError` (`invalid-dictionary`) naming the dictionary and the offending term.
 */
export function validateDictionary(value: unknown, name: string, locate: Locate = (k) => `terms[${k}]`): DictionaryInput {
  return checkDictionary(value, name, locate).dict
}

/** {@link validateDictionary}, also giving each term's matching key (so terms are normalised once). */
function checkDictionary(value: unknown, name: string, locate: Locate): {dict: DictionaryInput; keys: string[]} {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`Dictionary ${name}: expected an object, not \`${describeType(value)}\``)
  }
  const dict = value as Record<string, unknown>
  for (const key of Object.keys(dict)) {
    if (!DICTIONARY_KEYS.has(key)) fail(`Dictionary ${name}: unknown key \`${key}\`; known keys: ${[...DICTIONARY_KEYS].join(', ')}`)
  }
  if (typeof dict['lang'] !== 'string' || dict['lang'].trim() === '') fail(`Dictionary ${name}: missing \`lang\` (a BCP 47 tag such as "en")`)
  if (typeof dict['category'] !== 'string' || dict['category'].trim() === '') fail(`Dictionary ${name}: missing \`category\` (such as "gambling")`)
  for (const key of ['source', 'licence', 'severity', 'name'] as const) {
    if (dict[key] !== undefined && typeof dict[key] !== 'string') fail(`Dictionary ${name}: \`${key}\` must be a string, not \`${describeType(dict[key])}\``)
  }
  const terms = dict['terms']
  if (!Array.isArray(terms)) fail(`Dictionary ${name}: \`terms\` must be an array, not \`${describeType(terms)}\``)
  const seen = new Map<string, number>()
  const checked: Array<string | DictionaryTerm> = []
  const keys: string[] = []
  terms.forEach((entry: unknown, index) => {
    let term: unknown
    let severity: unknown = DEFAULT_SEVERITY
    if (typeof entry === 'string') term = entry
    else if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const obj = entry as Record<string, unknown>
      for (const key of Object.keys(obj)) {
        if (!TERM_KEYS.has(key)) fail(`Dictionary ${name}, ${locate(index)}: unknown key \`${key}\` in a term (known: term, severity)`)
      }
      term = obj['term']
      if ('severity' in obj) severity = obj['severity']
    } else fail(`Dictionary ${name}, ${locate(index)}: a term must be a string or {"term", "severity"}, not \`${describeType(entry)}\``)
    if (typeof term !== 'string') fail(`Dictionary ${name}, ${locate(index)}: \`term\` must be a string, not \`${describeType(term)}\``)
    if (severity !== 1 && severity !== 2 && severity !== 3) {
      fail(`Dictionary ${name}, ${locate(index)}: severity of "${term}" must be 1, 2 or 3, not \`${JSON.stringify(severity) ?? describeType(severity)}\``)
    }
    const key = normalizeTerm(term)
    if (key === '') fail(`Dictionary ${name}, ${locate(index)}: empty term${term === '' ? '' : ` ("${term}" has no letters or digits)`}`)
    const first = seen.get(key)
    if (first !== undefined) fail(`Dictionary ${name}, ${locate(index)}: duplicate term "${term}" (same as ${locate(first)} after normalisation to "${key}")`)
    seen.set(key, index)
    checked.push(typeof entry === 'string' ? entry : {term, severity})
    keys.push(key)
  })
  const result: DictionaryInput = {lang: dict['lang'], category: dict['category'], terms: checked, name}
  if (typeof dict['source'] === 'string') result.source = dict['source']
  if (typeof dict['licence'] === 'string') result.licence = dict['licence']
  return {dict: result, keys}
}

/**
 * Parse and validate the text of a dictionary file. Errors name the file and the 1-based line of
 * the offending term (or of the JSON syntax error).
 */
export function parseDictionaryFile(jsonText: string, name: string): DictionaryInput {
  let value: unknown
  try {
    value = JSON.parse(jsonText)
  } catch (error) {
    let where = ''
    try {
      locateTerms(jsonText)
    } catch (scan) {
      if (scan instanceof JsonScanError) where = `, line ${lineAt(jsonText, scan.position)}`
    }
    fail(`Dictionary ${name}${where}: invalid JSON (${(error as Error).message})`)
  }
  let offsets: number[] | undefined
  const locate: Locate = (index) => {
    offsets ??= locateTerms(jsonText)
    const offset = offsets[index]
    return offset === undefined ? `terms[${index}]` : `line ${lineAt(jsonText, offset)}`
  }
  return validateDictionary(value, name, locate)
}

// ---------------------------------------------------------------------------------------------
// Built-in dictionaries (generated by scripts/generate-builtin-dictionaries.mjs)
// ---------------------------------------------------------------------------------------------

/** First term number of each built-in dictionary, and the number of terms at the end. */
let builtinStarts: Int32Array | undefined
/** Per term number: index of its key in `BUILTIN_KEY_EXCEPTIONS` plus one (0: the term is its key). */
let keyExceptions: Int32Array | undefined
/** Per term number: its dictionary. */
let termDictionaries: Uint8Array | Uint16Array | undefined

function starts(): Int32Array {
  if (builtinStarts === undefined) {
    builtinStarts = new Int32Array(BUILTIN_DICTIONARY_INFO.length + 1)
    BUILTIN_DICTIONARY_INFO.forEach((info, d) => (builtinStarts![d + 1] = builtinStarts![d]! + info[4]))
  }
  return builtinStarts
}

/** Matching key of built-in term `n` (computed when the data was generated). */
function builtinKey(n: number): string {
  if (keyExceptions === undefined) {
    keyExceptions = new Int32Array(BUILTIN_TERMS.length)
    BUILTIN_KEY_EXCEPTIONS.forEach(([term], k) => (keyExceptions![term] = k + 1))
  }
  const k = keyExceptions[n]!
  return k === 0 ? BUILTIN_TERMS[n]! : BUILTIN_KEY_EXCEPTIONS[k - 1]![1]
}

function builtinSeverity(n: number): Severity {
  return (BUILTIN_SEVERITIES.charCodeAt(n) - 48) as Severity
}

/** Dictionary number of built-in term `n`. */
function builtinDictionary(n: number): number {
  if (termDictionaries === undefined) {
    const bounds = starts()
    termDictionaries = BUILTIN_DICTIONARY_INFO.length < 256 ? new Uint8Array(BUILTIN_TERMS.length) : new Uint16Array(BUILTIN_TERMS.length)
    for (let d = 0; d < BUILTIN_DICTIONARY_INFO.length; d++) termDictionaries.fill(d, bounds[d]!, bounds[d + 1]!)
  }
  return termDictionaries[n]!
}

// ---------------------------------------------------------------------------------------------
// Composition
// ---------------------------------------------------------------------------------------------

/** Compiled entries, as the matcher reads them ({@link compileDictionaries} gives objects). */
export interface EntryTable {
  /** Number of entries. */
  readonly size: number
  /** Normalised terms: the automaton patterns, and the `term` reported. */
  readonly keys: readonly string[]
  /** Whether `keys` ascend in UTF-16 code-unit order (the automaton then need not sort them). */
  readonly sorted: boolean
  /** Number of entries that are not allow-list entries. */
  readonly termCount: number
  /** Term as written in its dictionary (the allowed phrase for an allow entry). */
  term(entry: number): string
  category(entry: number): string
  lang(entry: number): string
  severity(entry: number): Severity
  /** An allow-list entry: matches of it shadow overlapping terms and are not reported. */
  allow(entry: number): boolean
  /**
   * The entries in composition order (see {@link compileDictionaries}), when that is not their
   * own order: near-miss candidates are ranked in it.
   */
  compositionOrder(): ArrayLike<number> | undefined
  /**
   * The entries that near-misses are looked for ({@link isFuzzyCandidate}, allow entries left
   * out), in composition order: among equally near terms the first one wins.
   */
  nearMissEntries(): ArrayLike<number>
}

/** An entry table in composition order, as arrays. */
class ArrayEntryTable implements EntryTable {
  readonly keys: string[] = []
  readonly terms: string[] = []
  readonly categories: string[] = []
  readonly langs: string[] = []
  readonly severities: Severity[] = []
  readonly allows: boolean[] = []
  readonly sorted = false

  get size(): number {
    return this.keys.length
  }

  get termCount(): number {
    let count = 0
    for (const allow of this.allows) if (!allow) count++
    return count
  }

  term(entry: number): string {
    return this.terms[entry]!
  }

  category(entry: number): string {
    return this.categories[entry]!
  }

  lang(entry: number): string {
    return this.langs[entry]!
  }

  severity(entry: number): Severity {
    return this.severities[entry]!
  }

  allow(entry: number): boolean {
    return this.allows[entry]!
  }

  compositionOrder(): undefined {
    return undefined
  }

  nearMissEntries(): number[] {
    // Composition order is the table's own order here.
    const out: number[] = []
    for (let e = 0; e < this.keys.length; e++) if (!this.allows[e] && isFuzzyCandidate(this.keys[e]!, this.severities[e]!)) out.push(e)
    return out
  }
}

/**
 * The default set (every built-in dictionary, no filters, no user dictionaries, no allow-list),
 * composed when the data was generated: entries in key order, each defined by one built-in term;
 * its category, language and severity are read from the data only when a hit needs them.
 */
class DefaultEntryTable implements EntryTable {
  readonly size: number
  readonly keys: string[]
  readonly sorted = true
  readonly termCount: number
  private readonly winners: Int32Array
  private order: Int32Array | undefined

  constructor() {
    const size = BUILTIN_DEFAULT_WINNERS.length / 3
    this.size = size
    this.termCount = size
    this.winners = new Int32Array(size)
    this.keys = new Array<string>(size)
    for (let e = 0; e < size; e++) {
      const n = packedAt(BUILTIN_DEFAULT_WINNERS, e)
      this.winners[e] = n
      this.keys[e] = builtinKey(n)
    }
  }

  term(entry: number): string {
    return BUILTIN_TERMS[this.winners[entry]!]!
  }

  category(entry: number): string {
    return BUILTIN_DICTIONARY_INFO[builtinDictionary(this.winners[entry]!)]![1]
  }

  lang(entry: number): string {
    return BUILTIN_DICTIONARY_INFO[builtinDictionary(this.winners[entry]!)]![0]
  }

  severity(entry: number): Severity {
    return builtinSeverity(this.winners[entry]!)
  }

  allow(): boolean {
    return false
  }

  compositionOrder(): Int32Array {
    return (this.order ??= unpackFixed(BUILTIN_DEFAULT_ORDER))
  }

  nearMissEntries(): Int32Array {
    // Generated with the same rule (scripts/generate-builtin-dictionaries.mjs).
    return unpackFixed(BUILTIN_DEFAULT_NEAR_MISSES)
  }
}

let defaultTable: DefaultEntryTable | undefined

/** A user dictionary's terms as columns, with their matching keys. */
interface PreparedTerms {
  keys: string[]
  terms: string[]
  severities: Severity[]
}

/** Prepared user dictionaries, per object, so each is validated and normalised once per process. */
const prepared = new WeakMap<DictionaryInput, PreparedTerms>()

function prepare(dict: DictionaryInput): PreparedTerms {
  let result = prepared.get(dict)
  if (result !== undefined) return result
  const checked = checkDictionary(dict, dict.name ?? `${String(dict.lang)}/${String(dict.category)}`, (k) => `terms[${k}]`)
  result = {keys: checked.keys, terms: [], severities: []}
  for (const entry of checked.dict.terms) {
    result.terms.push(typeof entry === 'string' ? entry : entry.term)
    result.severities.push(typeof entry === 'string' ? DEFAULT_SEVERITY : entry.severity)
  }
  prepared.set(dict, result)
  return result
}

/**
 * Compose dictionaries into one list of entries: built-in ones (when asked) then `extra`, filtered
 * by category, with one entry per normalised term (the highest severity wins; on a tie the first
 * dictionary), minus allowed terms, plus one allow entry per allowed phrase. User dictionaries are
 * validated (an `ArticleGuardError` `invalid-dictionary` names the bad term); built-in ones are
 * validated by the test suite instead.
 */
export function compileDictionaries(options: CompileOptions): CompiledEntry[] {
  const table = compileEntryTable(options)
  const order = table.compositionOrder()
  const entries: CompiledEntry[] = []
  for (let k = 0; k < table.size; k++) {
    const e = order === undefined ? k : order[k]!
    entries.push({key: table.keys[e]!, term: table.term(e), category: table.category(e), lang: table.lang(e), severity: table.severity(e), allow: table.allow(e)})
  }
  return entries
}

/** {@link compileDictionaries} as the matcher reads it; the default set comes precomposed. */
export function compileEntryTable(options: CompileOptions): EntryTable {
  if (options.builtin && options.extra.length === 0 && options.allow.length === 0 && options.categories === undefined && options.disableCategories.length === 0) {
    return (defaultTable ??= new DefaultEntryTable())
  }
  const only = options.categories === undefined ? undefined : new Set(options.categories)
  const disabled = new Set(options.disableCategories)
  const excluded = (category: string): boolean => (only !== undefined && !only.has(category)) || disabled.has(category)
  const table = new ArrayEntryTable()
  const indexOf = new Map<string, number>()
  const add = (key: string, term: string, category: string, lang: string, severity: Severity): void => {
    const at = indexOf.get(key)
    if (at === undefined) {
      indexOf.set(key, table.keys.length)
      table.keys.push(key)
      table.terms.push(term)
      table.categories.push(category)
      table.langs.push(lang)
      table.severities.push(severity)
      table.allows.push(false)
    } else if (table.severities[at]! < severity) {
      table.terms[at] = term
      table.categories[at] = category
      table.langs[at] = lang
      table.severities[at] = severity
    }
  }
  if (options.builtin) {
    const bounds = starts()
    BUILTIN_DICTIONARY_INFO.forEach(([lang, category], d) => {
      if (excluded(category)) return
      for (let n = bounds[d]!; n < bounds[d + 1]!; n++) {
        const key = builtinKey(n)
        if (key !== '') add(key, BUILTIN_TERMS[n]!, category, lang, builtinSeverity(n))
      }
    })
  }
  for (const dict of options.extra) {
    // Validated even when its category is filtered out.
    const terms = prepare(dict)
    if (excluded(dict.category)) continue
    for (let k = 0; k < terms.keys.length; k++) add(terms.keys[k]!, terms.terms[k]!, dict.category, dict.lang, terms.severities[k]!)
  }
  for (const phrase of options.allow) {
    const key = normalizeTerm(phrase)
    if (key === '') continue
    let at = indexOf.get(key)
    if (at === undefined) {
      at = table.keys.length
      indexOf.set(key, at)
      table.keys.push(key)
      table.terms.push(phrase)
      table.categories.push('')
      table.langs.push('')
      table.severities.push(1)
      table.allows.push(true)
    } else {
      table.terms[at] = phrase
      table.categories[at] = ''
      table.langs[at] = ''
      table.severities[at] = 1
      table.allows[at] = true
    }
  }
  return table
}
