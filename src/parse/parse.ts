import type {Root} from 'hast'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter} from 'parse5'
import {cutRawText, MIN_CUT_LENGTH, type RawTextCut} from './raw-text.js'
import {MAX_DEPTH} from './repair.js'
import {toHast} from './to-hast.js'

export {MAX_DEPTH}

/**
 * Parse HTML into a hast tree with source positions (UTF-16 offsets into `html`): the tree
 * rehype-parse makes (parse5, then `hast-util-from-parse5`'s conversion, here done by `toHast`).
 * Never throws on messy markup: parse errors are the browser's error recovery, not exceptions.
 * Nesting deeper than {@link MAX_DEPTH} is flattened.
 *
 * Script and style contents are cut out before parse5 runs and put back after (`raw-text.ts`);
 * when the parse shows that a cut was not a raw-text content, the page is parsed whole.
 */
export function parseHtml(html: string): Root {
  return parseHtmlCutting(html, MIN_CUT_LENGTH)
}

/**
 * `parseHtml` cutting raw-text contents of at least `minCutLength` characters (`Infinity`: none).
 * Exposed for the tests, which check that every setting gives the same tree.
 */
export function parseHtmlCutting(html: string, minCutLength: number): Root {
  const reduced = cutRawText(html, minCutLength)
  if (reduced.cuts.length > 0) {
    const tree = parseText(reduced.text, html, reduced.cuts)
    if (tree) return tree
  }
  return parseText(html, html, [])!
}

/** Parse `text` (`source` with `cuts` taken out) and convert it; `undefined` when a cut does not hold. */
function parseText(text: string, source: string, cuts: readonly RawTextCut[]): Root | undefined {
  const document = parse(text, {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter})
  return toHast(document, source, {cuts, length: text.length})
}

/**
 * parse5's default tree, with end locations updated in place. The default adapter copies a node's
 * whole location object each time its end moves: for every element when it closes, and for a
 * text node at each word, since parse5 emits words and the spaces between them as separate
 * tokens that it appends to one text node. Each location object is the node's own (made for it
 * when it was inserted), so changing it is safe; the trees are the same (tests/parse).
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, end) {
    // What `{...location, ...end}` makes, without the copy.
    if (node.sourceCodeLocation) Object.assign(node.sourceCodeLocation, end)
    else defaultTreeAdapter.updateNodeSourceCodeLocation(node, end)
  }
}

