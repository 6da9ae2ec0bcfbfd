import {ArticleGuardError, describeType} from './errors.js'
import type {Level} from './types.js'
import type {DictionaryInput} from './detect/dictionary-types.js'

/** How to read the input. */
export type InputFormat = 'auto' | 'html' | 'text'

/** Options of `analyze`. Every field is optional. */
export interface Options {
  /** How to read the input: `'html'`, `'text'` (plain text, lines become paragraphs) or `'auto'` (sniff). Default `'auto'`. */
  format?: InputFormat
  /** Encoding of `Uint8Array` input, overriding BOM and `<meta charset>` sniffing. Default: sniffed. */
  encoding?: string
  /** Page URL, used to tell internal from external links. Default: none. */
  url?: string
  /** Load the built-in dictionaries. Default `true`. */
  builtinDictionaries?: boolean
  /** Extra dictionaries of the user's, merged with the built-in ones. Default `[]`. */
  dictionaries?: DictionaryInput[]
  /** Terms never to report (matched after normalisation). Default `[]`. */
  allow?: string[]
  /** Link domains never to count as spam (`example.com` also allows its subdomains). Default `[]`. */
  allowDomains?: string[]
  /** Categories to match; others are ignored. Default: all. */
  categories?: string[]
  /** Categories to ignore. Default `[]`. */
  disableCategories?: string[]
  /** Lowest level at which a flagged block is removed from the article. Default `'medium'`. */
  removeLevel?: Exclude<Level, 'none'>
  /** Largest input accepted, in UTF-16 code units after decoding; larger throws `input-too-large`. Default `100_000_000`. */
  maxLength?: number
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  format: InputFormat
  encoding: string | undefined
  url: string | undefined
  builtinDictionaries: boolean
  dictionaries: DictionaryInput[]
  allow: string[]
  allowDomains: string[]
  categories: string[] | undefined
  disableCategories: string[]
  removeLevel: Exclude<Level, 'none'>
  maxLength: number
}

/** Default upper bound on input size: 100 M UTF-16 units (~200 MB of memory as a JS string). */
export const DEFAULT_MAX_LENGTH = 100_000_000

const FORMATS: readonly InputFormat[] = ['auto', 'html', 'text']
const REMOVE_LEVELS: readonly Level[] = ['low', 'medium', 'high']
const KNOWN_KEYS = new Set([
  'format', 'encoding', 'url', 'builtinDictionaries', 'dictionaries', 'allow', 'allowDomains',
  'categories', 'disableCategories', 'removeLevel', 'maxLength'
])

function fail(message: string): never {
  throw new ArticleGuardError('invalid-options', message)
}

function stringArray(name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    fail(`Expected \`options.${name}\` to be an array of strings, not \`${describeType(value)}\``)
  }
  return value as string[]
}

/** Check options once and fill in the defaults. Throws `ArticleGuardError` (`invalid-options`) naming the bad field. */
export function resolveOptions(options: Options | null | undefined): ResolvedOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    fail(`Expected \`options\` to be an object, not \`${describeType(options)}\``)
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) fail(`Unknown option \`${key}\`; known options: ${[...KNOWN_KEYS].join(', ')}`)
  }
  const format = options.format ?? 'auto'
  if (!FORMATS.includes(format)) fail(`Expected \`options.format\` to be one of ${FORMATS.join(', ')}, not \`${String(format)}\``)
  if (options.encoding !== undefined && typeof options.encoding !== 'string') {
    fail(`Expected \`options.encoding\` to be a string, not \`${describeType(options.encoding)}\``)
  }
  if (options.url !== undefined && typeof options.url !== 'string') {
    fail(`Expected \`options.url\` to be a string, not \`${describeType(options.url)}\``)
  }
  const builtinDictionaries = options.builtinDictionaries ?? true
  if (typeof builtinDictionaries !== 'boolean') {
    fail(`Expected \`options.builtinDictionaries\` to be a boolean, not \`${describeType(builtinDictionaries)}\``)
  }
  const dictionaries = options.dictionaries ?? []
  if (!Array.isArray(dictionaries)) {
    fail(`Expected \`options.dictionaries\` to be an array, not \`${describeType(dictionaries)}\``)
  }
  dictionaries.forEach((dictionary: unknown, index) => {
    if (typeof dictionary !== 'object' || dictionary === null || Array.isArray(dictionary)) {
      throw new ArticleGuardError(
        'invalid-dictionary',
        `Expected \`options.dictionaries[${index}]\` to be a dictionary object ({lang, category, terms}), not \`${describeType(dictionary)}\``
      )
    }
  })
  const removeLevel = options.removeLevel ?? 'medium'
  if (!REMOVE_LEVELS.includes(removeLevel)) {
    fail(`Expected \`options.removeLevel\` to be one of ${REMOVE_LEVELS.join(', ')}, not \`${String(removeLevel)}\``)
  }
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH
  if (typeof maxLength !== 'number' || !(maxLength > 0)) {
    fail(`Expected \`options.maxLength\` to be a positive number, not \`${String(maxLength)}\``)
  }
  return {
    format,
    encoding: options.encoding,
    url: options.url,
    builtinDictionaries,
    dictionaries,
    allow: stringArray('allow', options.allow) ?? [],
    allowDomains: stringArray('allowDomains', options.allowDomains) ?? [],
    categories: stringArray('categories', options.categories),
    disableCategories: stringArray('disableCategories', options.disableCategories) ?? [],
    removeLevel,
    maxLength
  }
}
