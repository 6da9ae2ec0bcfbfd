import {round, type Signal} from './signal.js'

/** Fewest distinct tokens for a topic comparison. */
const MIN_DISTINCT = 8
/** Share of a block's tokens found in the article below which the block is off-topic. */
const OFF_TOPIC_OVERLAP = 0.1

/** How little of the block's vocabulary the article shares. */
export const topicGap: Signal = {
  name: 'topic-gap',
  group: 'form',
  weight: 0.1,
  measure({distinctTokens: distinct, inArticle}, page) {
    if (!page.articleKnown || page.articleTokens.size === 0) return null
    if (distinct.size < MIN_DISTINCT) return null
    let shared = 0
    for (const token of distinct) if (page.articleTokens.has(token)) shared++
    const overlap = shared / distinct.size
    if (overlap >= OFF_TOPIC_OVERLAP) return null
    return {
      value: round(1 - overlap),
      strength: inArticle ? 1 : 0.6,
      detail: `${shared} of ${distinct.size} distinct tokens occur in the article`
    }
  }
}
