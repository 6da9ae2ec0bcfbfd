import type {Root} from 'hast'
import {defaultTreeAdapter, parse, parseFragment, Parser, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type ParserOptions, type TreeAdapter} from 'parse5'
import {cutRawText, MIN_CUT_LENGTH, reducedChunks} from './raw-text.js'
import {toHast} from './to-hast.js'

/**
 * Parse HTML into a hast tree with source positions (UTF-16 offsets into `html`): the tree
 * rehype-parse makes (parse5, then `hast-util-from-parse5`'s conversion, here done by `toHast`).
 * Never throws on messy markup: parse errors are the browser's error recovery, not exceptions.
 * Nesting deeper than `MAX_DEPTH` (`repair.ts`) is flattened.
 *
 * Script and style contents are cut out before parse5 runs and put back after (`raw-text.ts`);
 * when the parse shows that a cut was not a raw-text content, the page is parsed whole.
 */
export function parseHtml(html: string): Root {
  return parseHtmlCutting(html, MIN_CUT_LENGTH)
}

/**
 * `parseHtml` cutting raw-text contents of at least `minCutLength` characters (`Infinity`: none),
 * giving parse5 the rest in pieces of `chunkLength`. Exposed for the tests, which check that every
 * setting gives the same tree.
 */
export function parseHtmlCutting(html: string, minCutLength: number, chunkLength = CHUNK_LENGTH): Root {
  const {cuts, length} = cutRawText(html, minCutLength)
  if (cuts.length > 0) {
    const tree = toHast(parseChunks(reducedChunks(html, cuts, chunkLength), chunkLength), html, {cuts, length})
    if (tree) return tree
  }
  return toHast(parse(html, PARSE_OPTIONS), html)!
}

/**
 * The tree of an HTML fragment without positions, for checking that serialised HTML parses back
 * into itself: what `fromHtml(html, {fragment: true})` makes, positions aside, from a parse that
 * tracks no locations (half the work). Nesting is kept as it is.
 */
export function parseFragmentTree(html: string): Root {
  return toHast(parseFragment(html, {scriptingEnabled: false}), html, {maxDepth: Infinity})!
}

/**
 * Longest piece of the reduced text given to parse5 at a time, and how much parsed text parse5
 * keeps before it drops it (its default is 65,536). parse5 joins what it keeps with each new piece;
 * kept small, the joined text stays an ordinary heap string. Joining the whole reduced text at
 * once made a large-object string (over 128 KB) per page, whose allocation alone cost 1 ms on a
 * 100,000-character page here (about 5 µs per KB: page faults), where parsing in chunks costs
 * 0.25 ms more (AEB pages with such strings, minimum of 7 runs each).
 */
const CHUNK_LENGTH = 16_384

/** Parse pieces of one text in order (at least one), without joining them first. */
function parseChunks(chunks: readonly string[], chunkLength: number): DefaultTreeAdapterTypes.Document {
  const parser = new Parser(PARSE_OPTIONS)
  parser.tokenizer.preprocessor.bufferWaterline = chunkLength
  for (let i = 0; i < chunks.length; i++) parser.tokenizer.write(chunks[i]!, i === chunks.length - 1)
  return parser.document
}

/**
 * parse5's default tree, with the end of a text node's location updated in place. parse5 emits
 * the words of a text and the spaces between them as separate tokens, appends each to one text
 * node, and moves the node's end each time; the default adapter copies the whole location object
 * then, once per word (on a 1 MB article, parse time 207 → 129 ms without the copies). A text
 * node's location object is its own (the token's, made for it) and only numbers change, so the
 * result is the same as the copy's (tests/parse). Element ends, which gain an `endTag` object,
 * keep the default copy: setting an object-valued field on an older location was slower.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, end) {
    const location = node.sourceCodeLocation
    if (location && node.nodeName === '#text' && end.endLine !== undefined && end.endCol !== undefined && end.endOffset !== undefined) {
      location.endLine = end.endLine
      location.endCol = end.endCol
      location.endOffset = end.endOffset
    } else {
      defaultTreeAdapter.updateNodeSourceCodeLocation(node, end)
    }
  }
}

/** How pages are parsed: with locations, `<noscript>` as markup (as rehype-parse does), our tree adapter. */
const PARSE_OPTIONS: ParserOptions<DefaultTreeAdapterMap> = {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter}
