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
 * A block in another script or language than the article: Simplified keywords in a Traditional
 * page, Cyrillic in an English one, Indonesian in English.
 */
export const scriptMismatch: Signal = {
  name: 'script-mismatch',
  group: 'content',
  weight: 0.2,
  measure({profile}, page) {
    const article = page.article
    if (!page.articleKnown || profile.letters < MIN_LETTERS || !profile.script || !article.script) return null
    if (profile.script !== article.script) {
      return {value: 1, strength: 1, detail: `${profile.script} text in a ${article.script} article`}
    }
    if (profile.script === 'han' && article.scripts.han >= MIN_HAN && profile.scripts.han >= MIN_HAN) {
      const articleShare = article.traditional / article.scripts.han
      const share = profile.traditional / profile.scripts.han
      if (articleShare >= TRADITIONAL_SHARE && share < SIMPLIFIED_SHARE) {
        return {value: 1, strength: 1, detail: 'Simplified Chinese in a Traditional Chinese article'}
      }
    }
    if (profile.lang && article.lang && profile.lang !== article.lang) {
      return {value: 1, strength: 0.8, detail: `language ${profile.lang} in a ${article.lang} article`}
    }
    return null
  }
}
