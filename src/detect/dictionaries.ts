/**
 * Dictionaries: parse and validate dictionary files and user dictionaries, and compose them with
 * the built-in ones into one flat list of matchable entries.
 */
import {ArticleGuardError, describeType} from '../errors.js'
import {BUILTIN_DICTIONARIES} from './builtin-dictionaries.js'
import type {DictionaryInput, DictionaryTerm, Severity} from './dictionary-types.js'
import {normalizeTerm} from './normalize.js'

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
  })
  const result: DictionaryInput = {lang: dict['lang'], category: dict['category'], terms: checked, name}
  if (typeof dict['source'] === 'string') result.source = dict['source']
  if (typeof dict['licence'] === 'string') result.licence = dict['licence']
  return result
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
// Composition
// ---------------------------------------------------------------------------------------------

interface PreparedTerm {
  key: string
  term: string
  severity: Severity
}

/** Normalised terms per dictionary object, so built-in terms are normalised once per process. */
const prepared = new WeakMap<DictionaryInput, PreparedTerm[]>()

function prepare(dict: DictionaryInput, validate: boolean): PreparedTerm[] {
  let terms = prepared.get(dict)
  if (terms !== undefined) return terms
  const source = validate ? validateDictionary(dict, dict.name ?? `${String(dict.lang)}/${String(dict.category)}`) : dict
  terms = []
  for (const entry of source.terms) {
    const term = typeof entry === 'string' ? entry : entry.term
    const severity = typeof entry === 'string' ? DEFAULT_SEVERITY : entry.severity
    const key = normalizeTerm(term)
    if (key !== '') terms.push({key, term, severity})
  }
  prepared.set(dict, terms)
  return terms
}

/**
 * Compose dictionaries into one list of entries: built-in ones (when asked) then `extra`, filtered
 * by category, with one entry per normalised term (the highest severity wins; on a tie the first
 * dictionary), minus allowed terms, plus one allow entry per allowed phrase. User dictionaries are
 * validated (an `ArticleGuardError` `invalid-dictionary` names the bad term); built-in ones are
 * validated by the test suite instead.
 */
export function compileDictionaries(options: CompileOptions): CompiledEntry[] {
  const only = options.categories === undefined ? undefined : new Set(options.categories)
  const disabled = new Set(options.disableCategories)
  const byKey = new Map<string, CompiledEntry>()
  const add = (dict: DictionaryInput, validate: boolean): void => {
    const terms = prepare(dict, validate)
    if ((only !== undefined && !only.has(dict.category)) || disabled.has(dict.category)) return
    for (const t of terms) {
      const existing = byKey.get(t.key)
      if (existing === undefined || existing.severity < t.severity) {
        byKey.set(t.key, {key: t.key, term: t.term, category: dict.category, lang: dict.lang, severity: t.severity, allow: false})
      }
    }
  }
  if (options.builtin) for (const dict of BUILTIN_DICTIONARIES) add(dict, false)
  for (const dict of options.extra) add(dict, true)
  for (const phrase of options.allow) {
    const key = normalizeTerm(phrase)
    if (key === '') continue
    byKey.set(key, {key, term: phrase, category: '', lang: '', severity: 1, allow: true})
  }
  return [...byKey.values()]
}
