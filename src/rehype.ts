import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {analyzeTree} from './analyze.js'
import {resolveOptions, type Options} from './options.js'
import type {AnalyzeResult} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** What article-guard found: the clean article and the risk report. */
    articleGuard: AnalyzeResult
  }
}

/**
 * rehype plugin: replace the tree with the clean, sanitized article; put `{article, report}` on
 * `file.data.articleGuard`; and add one vfile message per flagged block (`ruleId` = category,
 * `source` = `'article-guard'`, place = the block's source range), so `vfile-reporter` shows them.
 *
 * Needs the tree that `rehype-parse` made from `file.value` (positions are read against it).
 */
export default function rehypeArticleGuard(options?: Options) {
  const settings = resolveOptions(options)
  return function transformer(tree: Root, file: VFile): Root {
    const source = typeof file.value === 'string' ? file.value : file.value ? new TextDecoder().decode(file.value) : ''
    const result = analyzeTree(tree, source, 'utf-8', settings)
    file.data.articleGuard = result
    const place = location(file)
    for (const block of result.report.blocks) {
      const start = place.toPoint(block.start)
      const end = place.toPoint(block.end)
      const top = block.reasons[0]
      const message = file.message(
        `${block.level} risk ${block.kind} (${block.category}, score ${block.score})${top ? `: ${top.detail}` : ''}`,
        {
          ...(start && end ? {place: {start, end}} : {}),
          ruleId: block.category,
          source: 'article-guard'
        }
      )
      message.fatal = block.level === 'high' ? true : block.level === 'medium' ? false : undefined
      message.url = 'https://www.npmjs.com/package/article-guard#report-format'
    }
    return fromHtml(result.article.html, {fragment: true})
  }
}

export type {Options} from './options.js'
export type {AnalyzeResult} from './types.js'
