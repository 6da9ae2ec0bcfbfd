import type {Signal} from './signal.js'

/** Where the block sits: injected lists go after the article's end or into the footer. */
export const position: Signal = {
  name: 'position',
  group: 'form',
  weight: 0.08,
  measure({unit, inArticle, inFooter}, page) {
    if (inFooter) return {value: 1, strength: 1, detail: 'in the page footer'}
    if (!inArticle && page.articleEnd >= 0 && unit.start >= page.articleEnd) {
      return {value: 1, strength: 1, detail: 'after the end of the article'}
    }
    if (inArticle) return null
    return {value: 0.5, strength: 0.5, detail: 'outside the article'}
  }
}
