import type {Block} from '../segment/blocks.js'

/** Longest block that can be a dateline or source line. */
const MAX_METADATA_LINE_CHARS = 80
/** What may remain of such a line once dates, times and metadata words are taken out (a name, a site). */
const MAX_METADATA_REST_CHARS = 24
/** Lines looked at at each end of the article. */
const EDGE_BLOCKS = 2
/** Longest source credit line (`来源：南方都市报`). */
const MAX_SOURCE_LINE_CHARS = 40

/** A credit line naming where the story came from. */
const SOURCE_LINE = /^(?:文章|新闻|新聞)?(?:来源|來源|出处|出處)\s*[:：]/
/** Words that make a dated line a dateline rather than the date a notice is signed with. */
const DATELINE_WORDS = /来源|來源|更新|发布|發布|时间|時間|published|updated|posted|source/i

const DATE =
  /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|\d{1,2}[-./]\d{1,2}[-./]\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}/i
const TIME = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?/gi
const METADATA_WORDS =
  /来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|发布时间|發布時間|发布|更新|时间|時間|published|updated|posted|source|by|on|at|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[:：|·,，\-–—()（）]/gi

/** Whether a block is a dateline such as `2022.01.20 16:31 来源：河南日报客户端` or `Updated 5:27 am CST, November 20, 2019`. */
export function isMetadataLine(text: string): boolean {
  if (text.length > MAX_METADATA_LINE_CHARS) return false
  const date = DATE.exec(text)
  if (!date) return false
  const rest = text.replace(DATE, '').replace(TIME, '').replace(METADATA_WORDS, '').replace(/[\s\d]+/g, '')
  return rest.length <= MAX_METADATA_REST_CHARS
}

/** Whether a block is a source credit such as `文章来源：千龙网`. */
export function isSourceLine(text: string): boolean {
  return text.length <= MAX_SOURCE_LINE_CHARS && SOURCE_LINE.test(text)
}

/**
 * Datelines and source credits at the edges of the article (kept blocks in order; returns those
 * to drop). At the end a bare date stays: a signed notice ends with its date, an embedded tweet
 * with its author and date.
 */
export function edgeMetadataLines(kept: readonly Block[]): Set<Block> {
  const out = new Set<Block>()
  const edge = Math.min(EDGE_BLOCKS, kept.length)
  for (let i = 0; i < edge; i++) {
    const block = kept[i]!
    if (isMetadataLine(block.text) || isSourceLine(block.text)) out.add(block)
  }
  for (let i = Math.max(edge, kept.length - EDGE_BLOCKS); i < kept.length; i++) {
    const text = kept[i]!.text
    if (isSourceLine(text) || (DATELINE_WORDS.test(text) && isMetadataLine(text))) out.add(kept[i]!)
  }
  return out
}
