import type {Block} from '../segment/blocks.js'
import {HEADING_TAGS} from '../segment/tags.js'
import type {ArticleSelection} from './article.js'
import {edgeMetadataLines} from './metadata-lines.js'

/**
 * Narrow the chosen article once spam and metadata are known: `spam` blocks leave it, so does a
 * heading that repeats the `title`, then the dateline lines at its edges. Changes `selection`
 * (its `kept` and `dropped`); the page's tree is not touched.
 */
export function narrowSelection(selection: ArticleSelection, spam: ReadonlySet<Block>, title: string): void {
  const headline = normalizeHeadline(title)
  const kept: Block[] = []
  for (const block of selection.kept) {
    if (spam.has(block)) selection.dropped[block.index] = 'spam'
    else if (headline && HEADING_TAGS.has(block.owner.tagName) && normalizeHeadline(block.text) === headline) selection.dropped[block.index] = 'title'
    else kept.push(block)
  }
  for (const block of edgeMetadataLines(kept)) selection.dropped[block.index] = 'dateline'
  selection.kept = kept.filter((block) => selection.dropped[block.index] === null)
}

function normalizeHeadline(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim()
}
