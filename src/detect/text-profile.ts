/**
 * What a text is written in: scripts by character counts, Han variant (Simplified/Traditional),
 * and, for Latin script, the language by its function words. Used to tell a block that does not
 * belong to its page (Simplified keywords in a Traditional article, Indonesian in English).
 */

/** Writing systems told apart. */
export type Script = 'han' | 'kana' | 'hangul' | 'latin' | 'cyrillic' | 'thai' | 'arabic' | 'greek' | 'other'

/** Character counts of a text. */
export interface TextProfile {
  /** Letters per script. */
  scripts: Record<Script, number>
  /** Letters in all scripts. */
  letters: number
  /** Han characters that exist only in Traditional Chinese. */
  traditional: number
  /** Dominant script, or `undefined` for a text without letters. */
  script: Script | undefined
  /**
   * Language of Latin-script text by function words (`'en'`, `'id'`, …), or `undefined`: guessed
   * for merged profiles (the article); block profiles leave it to {@link guessLatinLanguage} on demand.
   */
  lang: string | undefined
  /** Function words of `lang` found (how sure the guess is). */
  langEvidence: number
}

/** Japanese mixes Han and kana: kana over this share of the Han count makes a text Japanese. */
const KANA_SHARE = 0.1

const SCRIPTS: readonly Script[] = ['han', 'kana', 'hangul', 'latin', 'cyrillic', 'thai', 'arabic', 'greek', 'other']

/** Script of one UTF-16 code unit (surrogates count as `other`). */
export function scriptOf(code: number): Script | undefined {
  let index = scriptIndex[code]!
  if (index === 0) scriptIndex[code] = index = SCRIPT_INDEX.get(classifyScript(code)) ?? NO_SCRIPT
  return index === NO_SCRIPT ? undefined : SCRIPTS[index - 1]
}

/** `scriptOf` of each code unit, filled on first lookup: 0 not yet known, 1 + index in `SCRIPTS`, or {@link NO_SCRIPT}. */
const scriptIndex = new Uint8Array(0x10000)
const NO_SCRIPT = 255
const SCRIPT_INDEX = new Map<Script | undefined, number>(SCRIPTS.map((name, index) => [name, index + 1]))

function classifyScript(code: number): Script | undefined {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'latin' : undefined
  if (code >= 0x4e00 && code <= 0x9fff) return 'han'
  if (code >= 0x3400 && code <= 0x4dbf) return 'han'
  if (code >= 0xf900 && code <= 0xfaff) return 'han'
  if (code >= 0x3040 && code <= 0x30ff) return 'kana'
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'hangul'
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin'
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic'
  if (code >= 0xe00 && code <= 0xe7f) return 'thai'
  if (code >= 0x600 && code <= 0x6ff) return 'arabic'
  if (code >= 0x370 && code <= 0x3ff) return 'greek'
  if (code >= 0xff21 && code <= 0xff5a) return 'latin'
  if (/\p{L}/u.test(String.fromCharCode(code))) return 'other'
  return undefined
}

/** Function words that identify a Latin-script language; a handful per language is enough. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'this', 'have', 'from', 'by', 'it', 'on', 'not', 'be', 'at', 'you'],
  id: ['dan', 'yang', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada', 'juga', 'ke', 'ada', 'karena', 'bisa', 'kami', 'anda', 'terbaik', 'situs'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'las', 'por', 'un', 'una', 'con', 'para', 'es', 'se', 'no', 'al', 'lo', 'como'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'na', 'se', 'por', 'mais', 'as'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'un', 'une', 'du', 'en', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il'],
  de: ['der', 'die', 'und', 'das', 'den', 'ist', 'nicht', 'zu', 'ein', 'eine', 'mit', 'von', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'non', 'sono', 'del', 'della', 'con', 'gli', 'le', 'si', 'da', 'nel', 'alla', 'anche'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'niet', 'zijn', 'met', 'voor', 'ook', 'aan', 'maar', 'om', 'bij', 'er', 'als'],
  vi: ['và', 'của', 'là', 'có', 'cho', 'không', 'được', 'trong', 'những', 'với', 'các', 'người', 'này', 'một', 'đã', 'khi', 'tại', 'nhà', 'cái', 'sẽ']
}

const WORD_LANGS = new Map<string, string[]>()
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) {
    const langs = WORD_LANGS.get(word) ?? []
    langs.push(lang)
    WORD_LANGS.set(word, langs)
  }
}

/** A language guess needs at least this many function-word hits… */
export const MIN_FUNCTION_WORDS = 2
/** …and this share more than the runner-up, else the text is too short or mixed to say. */
export const LANGUAGE_MARGIN = 1.5
/** Longest text read for the language guess: the first 2,000 characters say it. */
const MAX_LANGUAGE_SAMPLE = 2000

const LATIN_WORD = /[a-zà-ỹ]+/g

/** Guess the language of Latin-script text by its function words, with the number of distinct ones found. */
export function guessLatinLanguage(text: string): {lang: string | undefined; evidence: number} {
  const sample = (text.length > MAX_LANGUAGE_SAMPLE ? text.slice(0, MAX_LANGUAGE_SAMPLE) : text).toLowerCase()
  const counts = new Map<string, number>()
  const seen = new Set<string>()
  for (const word of sample.match(LATIN_WORD) ?? []) {
    const langs = WORD_LANGS.get(word)
    // Each function word counts once: "Al Jazeera" five times is not Spanish.
    if (!langs || seen.has(word)) continue
    seen.add(word)
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length)
  }
  let best: string | undefined
  let bestCount = 0
  let second = 0
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      second = bestCount
      best = lang
      bestCount = count
    } else if (count > second) {
      second = count
    }
  }
  if (!best || bestCount < MIN_FUNCTION_WORDS || bestCount < second * LANGUAGE_MARGIN) return {lang: undefined, evidence: 0}
  return {lang: best, evidence: bestCount}
}

/** Profile a text. `isTraditional` tells Han characters found only in Traditional Chinese. */
export function profileText(text: string, isTraditional: (code: number) => boolean): TextProfile {
  const counts = new Int32Array(SCRIPTS.length + 1)
  const han = SCRIPT_INDEX.get('han')!
  let traditional = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let index = scriptIndex[code]!
    if (index === 0) {
      scriptOf(code)
      index = scriptIndex[code]!
    }
    if (index === NO_SCRIPT) continue
    counts[index]!++
    if (index === han && isTraditional(code)) traditional++
  }
  const scripts = {han: 0, kana: 0, hangul: 0, latin: 0, cyrillic: 0, thai: 0, arabic: 0, greek: 0, other: 0}
  let letters = 0
  SCRIPTS.forEach((name, index) => {
    scripts[name] = counts[index + 1]!
    letters += scripts[name]
  })
  return {scripts, letters, traditional, script: dominantScript(scripts), lang: undefined, langEvidence: 0}
}

/** Every function word of every language above. */
const ALL_FUNCTION_WORDS: ReadonlySet<string> = new Set(WORD_LANGS.keys())

/** Share of the words of a Latin-script text that are function words, with the word count. */
export function functionWordShare(text: string): {share: number; words: number} {
  const sample = (text.length > MAX_LANGUAGE_SAMPLE ? text.slice(0, MAX_LANGUAGE_SAMPLE) : text).toLowerCase()
  const words = sample.match(LATIN_WORD) ?? []
  if (words.length === 0) return {share: 0, words: 0}
  let hits = 0
  for (const word of words) if (ALL_FUNCTION_WORDS.has(word)) hits++
  return {share: hits / words.length, words: words.length}
}

/**
 * Profile of several texts from their profiles (counts add up), with the language guessed from
 * `sample` (the start of the joined text): the article's profile from its blocks', without
 * reading its text again.
 */
export function mergeProfiles(profiles: readonly TextProfile[], sample: string): TextProfile {
  const scripts = {han: 0, kana: 0, hangul: 0, latin: 0, cyrillic: 0, thai: 0, arabic: 0, greek: 0, other: 0}
  let letters = 0
  let traditional = 0
  for (const profile of profiles) {
    for (const name of SCRIPTS) scripts[name] += profile.scripts[name]
    letters += profile.letters
    traditional += profile.traditional
  }
  const script = dominantScript(scripts)
  const guess = script === 'latin' ? guessLatinLanguage(sample) : {lang: undefined, evidence: 0}
  return {scripts, letters, traditional, script, lang: guess.lang, langEvidence: guess.evidence}
}

/** Dominant script of letter counts; Japanese when kana is a real share of Han text. */
function dominantScript(scripts: Record<Script, number>): Script | undefined {
  let script: Script | undefined
  let most = 0
  for (const name of SCRIPTS) {
    if (scripts[name] > most) {
      most = scripts[name]
      script = name
    }
  }
  if (script === 'han' && scripts.kana > scripts.han * KANA_SHARE) script = 'kana'
  return script
}
