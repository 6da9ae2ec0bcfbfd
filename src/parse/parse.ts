import {fromHtml} from 'hast-util-from-html'
import type {Root} from 'hast'

/**
 * Parse HTML into a hast tree with source positions (UTF-16 offsets into `html`).
 * Uses rehype-parse's parser (parse5 via hast-util-from-html) and never throws on messy markup:
 * parse errors are the browser's error recovery, not exceptions.
 */
export function parseHtml(html: string): Root {
  return fromHtml(html)
}
