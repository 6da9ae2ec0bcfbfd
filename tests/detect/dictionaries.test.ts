import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleGuardError} from '../../src/errors.js'
import {BUILTIN_DICTIONARY_FILES} from '../../src/detect/builtin-dictionaries.js'
import {compileDictionaries, parseDictionaryFile, validateDictionary} from '../../src/detect/dictionaries.js'

const ROOT = join(import.meta.dirname, '..', '..', 'dictionaries')
const CATEGORIES = ['porn', 'gambling', 'pharma', 'counterfeit', 'loans', 'fake-documents', 'crypto', 'hacking']
const LANGS = ['zh-Hans', 'en', 'ja', 'ko', 'id', 'vi', 'th', 'ru', 'es', 'pt', 'de', 'fr']

function fileText(terms: string[]): string {
  return ['{', '  "lang": "en",', '  "category": "gambling",', '  "terms": [', terms.join(',\n'), '  ]', '}'].join('\n')
}

function errorOf(fn: () => unknown): ArticleGuardError {
  try {
    fn()
  } catch (error) {
    if (error instanceof ArticleGuardError) return error
    throw error
  }
  throw new Error('expected an error')
}

const diskFiles = readdirSync(ROOT, {withFileTypes: true})
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`))
  .sort()

describe('built-in dictionary files', () => {
  it.each(diskFiles)('%s is valid', (file) => {
    const dict = parseDictionaryFile(readFileSync(join(ROOT, file), 'utf8'), file)
    expect(`${dict.lang}/${dict.category}.json`).toBe(file)
    expect(dict.source).toBeTruthy()
    expect(dict.licence).toBeTruthy()
  })

  it('covers every language and category', () => {
    for (const lang of LANGS) for (const category of CATEGORIES) expect(diskFiles).toContain(`${lang}/${category}.json`)
  })

  it('are all bundled (regenerate with scripts/generate-builtin-dictionaries.mjs)', () => {
    expect([...BUILTIN_DICTIONARY_FILES].sort()).toEqual(diskFiles)
  })

  it('hold several thousand terms', () => {
    expect(compileDictionaries({builtin: true, extra: [], allow: [], disableCategories: []}).length).toBeGreaterThan(3000)
  })

  it.each(['sex', 'porn', 'gay', 'breasts', 'casino', 'odds', 'slots', 'adult'])('does not rate the everyday word %j above 1', (word) => {
    const entry = compileDictionaries({builtin: true, extra: [], allow: [], disableCategories: []}).find((e) => e.key === word)
    expect(entry === undefined || entry.severity === 1).toBe(true)
  })
})

describe('parseDictionaryFile', () => {
  it('names the line of an empty term', () => {
    const text = fileText(['    {"term": "casino", "severity": 1}', '    {"term": "", "severity": 2}'])
    const error = errorOf(() => parseDictionaryFile(text, 'x.json'))
    expect(error.code).toBe('invalid-dictionary')
    expect(error.message).toMatch(/x\.json, line 6: empty term/)
  })

  it('names both lines of a duplicate after normalisation', () => {
    const text = fileText(['    {"term": "Online Casino", "severity": 1}', '    {"term": "online   casino", "severity": 2}'])
    expect(errorOf(() => parseDictionaryFile(text, 'x.json')).message).toMatch(/line 6: duplicate term .*line 5/)
  })

  it.each([0, 4, 2.5, '2', null])('rejects severity %j with its line', (severity) => {
    const text = fileText(['    "poker"', `    {"term": "roulette", "severity": ${JSON.stringify(severity)}}`])
    expect(errorOf(() => parseDictionaryFile(text, 'x.json')).message).toMatch(/line 6: severity of "roulette"/)
  })

  it.each(['lang', 'category'])('rejects a missing %s', (key) => {
    const value: Record<string, unknown> = {lang: 'en', category: 'gambling', terms: []}
    delete value[key]
    expect(errorOf(() => parseDictionaryFile(JSON.stringify(value), 'x.json')).message).toContain(`missing \`${key}\``)
  })

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "lang": "en",\n  "category": "x",\n  "terms": [\n    {"term": "a"},,\n  ]\n}'
    expect(errorOf(() => parseDictionaryFile(text, 'bad.json')).message).toMatch(/bad\.json, line 5: invalid JSON/)
  })

  it('rejects an unknown key', () => {
    const text = JSON.stringify({lang: 'en', category: 'x', term: []})
    expect(errorOf(() => parseDictionaryFile(text, 'x.json')).message).toContain('unknown key `term`')
  })

  it('accepts plain string terms with the default severity', () => {
    const dict = parseDictionaryFile(fileText(['    "poker"']), 'x.json')
    expect(dict.terms).toEqual(['poker'])
  })
})

describe('compileDictionaries', () => {
  const user = {lang: 'en', category: 'widgets', terms: ['frobnicator deluxe', {term: 'Casino', severity: 3 as const}]}

  it('merges user terms, keeping the highest severity', () => {
    const entries = compileDictionaries({builtin: true, extra: [user], allow: [], disableCategories: []})
    expect(entries.find((e) => e.key === 'frobnicator deluxe')?.category).toBe('widgets')
    expect(entries.find((e) => e.key === 'casino')?.severity).toBe(3)
  })

  it('filters categories', () => {
    const only = compileDictionaries({builtin: true, extra: [], allow: [], categories: ['pharma'], disableCategories: []})
    expect(new Set(only.map((e) => e.category))).toEqual(new Set(['pharma']))
    const without = compileDictionaries({builtin: true, extra: [], allow: [], disableCategories: ['pharma']})
    expect(without.some((e) => e.category === 'pharma')).toBe(false)
  })

  it('turns allowed terms into allow entries', () => {
    const entries = compileDictionaries({builtin: false, extra: [user], allow: ['CASINO'], disableCategories: []})
    expect(entries.find((e) => e.key === 'casino')?.allow).toBe(true)
  })

  it('validates user dictionaries', () => {
    const bad = {lang: 'en', category: 'x', terms: ['ok', {term: 'bad', severity: 5}]} as never
    expect(errorOf(() => compileDictionaries({builtin: false, extra: [bad], allow: [], disableCategories: []})).message).toMatch(/terms\[1\]/)
  })

  it('validateDictionary rejects a non-object', () => {
    expect(errorOf(() => validateDictionary([], 'arr')).code).toBe('invalid-dictionary')
  })
})
