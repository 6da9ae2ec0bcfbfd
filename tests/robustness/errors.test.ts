/**
 * Caller mistakes throw one typed error, ArticleGuardError, with a stable `code` and a message naming the
 * wrong type or field. Messy input never throws (see properties.test.ts).
 */
import {describe, expect, it} from 'vitest'
import {analyze, ArticleGuardError} from '../../src/index.js'
import type {Options} from '../../src/index.js'
import {parseDictionaryFile} from '../../src/detect/dictionaries.js'

/** The error `run` throws, failing when it throws none or another type. */
function thrown(run: () => unknown): ArticleGuardError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleGuardError)
    expect((error as Error).name).toBe('ArticleGuardError')
    return error as ArticleGuardError
  }
  throw new Error('expected an ArticleGuardError, nothing was thrown')
}

describe('invalid-input', () => {
  it.each([
    ['a number', 42, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', {html: '<p>x</p>'}, 'object'],
    ['an array', ['<p>x</p>'], 'array'],
    ['an ArrayBuffer', new ArrayBuffer(8), 'ArrayBuffer'],
    ['a boolean', true, 'boolean'],
    ['a Uint16Array', new Uint16Array(4), 'Uint16Array'],
    ['a DataView', new DataView(new ArrayBuffer(4)), 'DataView'],
    ['a String object', new String('<p>x</p>'), 'String'],
    ['a function', () => '<p>x</p>', 'function']
  ])('%s', (_, input, type) => {
    const error = thrown(() => analyze(input as unknown as string))
    expect(error.code).toBe('invalid-input')
    expect(error.message).toContain(`\`${type}\``)
  })

  it('tells how to wrap an ArrayBuffer', () => {
    expect(thrown(() => analyze(new ArrayBuffer(4) as unknown as Uint8Array)).message).toContain('new Uint8Array(buffer)')
  })

  it('accepts a string, a Uint8Array and a Buffer', () => {
    expect(analyze('<p>x</p>').report.encoding).toBe('utf-8')
    expect(analyze(new Uint8Array([0x3c, 0x70, 0x3e, 0x78])).report.encoding).toBe('utf-8')
    expect(analyze(Buffer.from('<p>x</p>')).report.encoding).toBe('utf-8')
  })
})

describe('invalid-options', () => {
  it.each<[string, unknown, string]>([
    ['an unknown key', {removelevel: 'low'}, 'removelevel'],
    ['options that are a string', 'html', 'options'],
    ['options that are an array', ['html'], 'options'],
    ['format of a wrong value', {format: 'xml'}, 'options.format'],
    ['format of a wrong type', {format: 1}, 'options.format'],
    ['encoding of a wrong type', {encoding: 8}, 'options.encoding'],
    ['url of a wrong type', {url: new URL('https://example.com/')}, 'options.url'],
    ['builtinDictionaries of a wrong type', {builtinDictionaries: 'yes'}, 'options.builtinDictionaries'],
    ['dictionaries that are not an array', {dictionaries: {lang: 'en'}}, 'options.dictionaries'],
    ['allow that is a string', {allow: 'casino'}, 'options.allow'],
    ['allowDomains with a number', {allowDomains: ['example.com', 1]}, 'options.allowDomains'],
    ['categories that is a string', {categories: 'porn'}, 'options.categories'],
    ['disableCategories with null', {disableCategories: [null]}, 'options.disableCategories'],
    ["removeLevel 'none'", {removeLevel: 'none'}, 'options.removeLevel'],
    ['removeLevel of a wrong type', {removeLevel: 2}, 'options.removeLevel'],
    ['maxLength 0', {maxLength: 0}, 'options.maxLength'],
    ['maxLength negative', {maxLength: -5}, 'options.maxLength'],
    ['maxLength NaN', {maxLength: Number.NaN}, 'options.maxLength'],
    ['maxLength as a string', {maxLength: '1000'}, 'options.maxLength']
  ])('%s', (_, options, field) => {
    const error = thrown(() => analyze('<p>x</p>', options as Options))
    expect(error.code).toBe('invalid-options')
    expect(error.message).toContain(field)
  })

  it('an unsupported encoding label for bytes', () => {
    const error = thrown(() => analyze(new Uint8Array([0x78]), {encoding: 'no-such-encoding'}))
    expect(error.code).toBe('invalid-options')
    expect(error.message).toContain('options.encoding')
    expect(error.message).toContain('no-such-encoding')
  })

  it('checks options before reading the input', () => {
    expect(thrown(() => analyze(42 as unknown as string, {removeLevel: 'none' as 'low'})).code).toBe('invalid-options')
  })

  it('accepts undefined and null options, and every valid value', () => {
    expect(() => analyze('<p>x</p>', undefined)).not.toThrow()
    expect(() => analyze('<p>x</p>', null as unknown as Options)).not.toThrow()
    expect(() => analyze('<p>x</p>', {format: 'text', removeLevel: 'low', maxLength: 100, url: 'not a url', allow: [], categories: []})).not.toThrow()
  })
})

describe('input-too-large', () => {
  it('a string over maxLength', () => {
    const error = thrown(() => analyze('x'.repeat(101), {maxLength: 100}))
    expect(error.code).toBe('input-too-large')
    expect(error.message).toContain('101')
    expect(error.message).toContain('maxLength')
  })

  it('bytes whose decoded text is over maxLength (UTF-16 units after decoding, not bytes)', () => {
    const bytes = new TextEncoder().encode('新'.repeat(40)) // 120 bytes, 40 characters
    expect(() => analyze(bytes, {maxLength: 40})).not.toThrow()
    expect(thrown(() => analyze(bytes, {maxLength: 39})).code).toBe('input-too-large')
  })

  it('exactly maxLength is accepted', () => {
    expect(() => analyze('x'.repeat(100), {maxLength: 100})).not.toThrow()
  })
})

describe('invalid-dictionary', () => {
  const dictionary = (terms: unknown[], extra: object = {}): Options => ({dictionaries: [{lang: 'en', category: 'test', terms, name: 'my-dictionary', ...extra} as never]})

  it.each<[string, Options, RegExp]>([
    ['an empty term', dictionary(['casino', '']), /my-dictionary.*terms\[1\].*empty term/],
    ['a term of only punctuation', dictionary(['casino', '!!!']), /my-dictionary.*terms\[1\].*empty term/],
    ['a duplicate term', dictionary(['casino', 'poker', 'Casino']), /my-dictionary.*terms\[2\].*duplicate term "Casino".*terms\[0\]/],
    ['a term that is a number', dictionary(['casino', 7]), /my-dictionary.*terms\[1\]/],
    ['a bad severity', dictionary([{term: 'casino', severity: 5}]), /my-dictionary.*terms\[0\].*severity/],
    ['an unknown key in a term', dictionary([{term: 'casino', weight: 2}]), /my-dictionary.*terms\[0\].*weight/],
    ['a missing lang', {dictionaries: [{category: 'test', terms: ['casino'], name: 'my-dictionary'} as never]}, /my-dictionary.*lang/],
    ['terms that are not an array', dictionary('casino' as never), /my-dictionary.*terms/]
  ])('%s', (_, options, message) => {
    const error = thrown(() => analyze('<p>casino</p>', options))
    expect(error.code).toBe('invalid-dictionary')
    expect(error.message).toMatch(message)
  })

  // Regression: an entry of options.dictionaries that was not an object (a string, null, a number) reached
  // `WeakMap.set` in src/detect/matcher.ts cacheKey before validation and threw `TypeError: Invalid value used as
  // weak map key` instead of ArticleGuardError invalid-dictionary. Fixed in a35b848.
  it.each<[string, unknown, string]>([
    ['a dictionary that is a string', 'casino', 'string'],
    ['a dictionary that is null', null, 'null'],
    ['a dictionary that is a number', 5, 'number']
  ])('%s', (_, entry, type) => {
    const error = thrown(() => analyze('<p>casino</p>', {dictionaries: [entry as never]}))
    expect(error.code).toBe('invalid-dictionary')
    expect(error.message).toContain(`\`${type}\``)
  })

  const file = (terms: string): string => `{\n  "lang": "en",\n  "category": "test",\n  "terms": [\n${terms}\n  ]\n}\n`

  it('parseDictionaryFile: an empty term names the file and its line', () => {
    const error = thrown(() => parseDictionaryFile(file('    "alpha",\n    "beta",\n    "",\n    "gamma"'), 'dictionaries/en/test.json'))
    expect(error.code).toBe('invalid-dictionary')
    expect(error.message).toContain('dictionaries/en/test.json')
    expect(error.message).toContain('line 7')
  })

  it('parseDictionaryFile: a duplicate names the file and both lines', () => {
    const error = thrown(() => parseDictionaryFile(file('    "alpha",\n    {"term": "beta", "severity": 3},\n    "ALPHA"'), 'user.json'))
    expect(error.code).toBe('invalid-dictionary')
    expect(error.message).toMatch(/user\.json, line 7: duplicate term "ALPHA" \(same as line 5/)
  })

  it('parseDictionaryFile: a JSON syntax error names the file and its line', () => {
    const error = thrown(() => parseDictionaryFile(file('    "alpha",\n    "beta"\n    "gamma"'), 'broken.json'))
    expect(error.code).toBe('invalid-dictionary')
    expect(error.message).toContain('broken.json')
    expect(error.message).toContain('line 7')
  })
})
