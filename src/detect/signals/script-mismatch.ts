import {guessLatinLanguage} from '../text-profile.js'
import type {Signal} from './signal.js'

/** Fewest letters a block needs before its script is compared with the article's. */
const MIN_LETTERS = 12
/** Share of Traditional-only characters that marks Traditional text (real text: 15–30 %). */
const TRADITIONAL_SHARE = 0.08
/** Below this share a Han text is Simplified. */
const SIMPLIFIED_SHARE = 0.01
/** Fewest Han characters to judge the variant. */
const MIN_HAN = 20
/**
 * Strength by kind of mismatch. A Simplified block in a Traditional page, or CJK/Cyrillic text in
 * a Latin page, is what keyword injections look like. Latin text on a CJK, Cyrillic or Thai page is
 * no evidence at all: menus, brand names and copyright lines are written in English everywhere.
 */
const STRENGTH = {variant: 1, otherScript: 0.8, language: 0.6} as const
/**
 * Function words a block needs before its language is compared: menus and name lists have a
 * stray "and" or "de"; prose in another language has many.
 */
const MIN_LANGUAGE_EVIDENCE = 5
/** Letters a Latin block needs before its language is guessed (about forty words). */
const MIN_LANGUAGE_LETTERS = 160

/**
 * A block in another script or language than the article: Simplified keywords in a Traditional
 * page, Cyrillic in an English one, Indonesian in English.
 */
export const scriptMismatch: Signal = {
  name: 'script-mismatch',
  group: 'content',
  weight: 0.2,
  measure({profile, unit}, page) {
    const article = page.article
    if (!page.articleKnown || profile.letters < MIN_LETTERS || !profile.script || !article.script) return null
    // Japanese writes with Han characters too: a Han-only block (a category list) fits a Japanese page.
    const compatible = (profile.script === 'han' && article.script === 'kana') || profile.script === 'latin'
    if (profile.script !== article.script && !compatible) {
      return {value: 1, strength: STRENGTH.otherScript, detail: `${profile.script} text in a ${article.script} article`}
    }
    if (profile.script === 'han' && article.scripts.han >= MIN_HAN && profile.scripts.han >= MIN_HAN) {
      const articleShare = article.traditional / article.scripts.han
      const share = profile.traditional / profile.scripts.han
      if (articleShare >= TRADITIONAL_SHARE && share < SIMPLIFIED_SHARE) {
        return {value: 1, strength: STRENGTH.variant, detail: 'Simplified Chinese in a Traditional Chinese article'}
      }
    }
    // Five distinct function words need some forty words of prose: shorter blocks are not read.
    if (profile.script === 'latin' && article.lang && profile.letters >= MIN_LANGUAGE_LETTERS) {
      const guess = guessLatinLanguage(unit.text)
      if (guess.lang && guess.lang !== article.lang && guess.evidence >= MIN_LANGUAGE_EVIDENCE) {
        return {value: 1, strength: STRENGTH.language, detail: `language ${guess.lang} in a ${article.lang} article`}
      }
    }
    return null
  }
}
