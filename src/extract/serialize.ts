/**
 * Serialise the article subtree: sanitized HTML, Markdown and plain text.
 *
 * All three start from the same sanitized copy of the tree (hidden elements dropped, then
 * `hast-util-sanitize` with a strict schema), so they show the same content and none can
 * carry script. The input tree is never modified.
 */
import type {Element, ElementContent, Nodes, Properties, Root, RootContent} from 'hast'
import {defaultSchema, sanitize} from 'hast-util-sanitize'
import type {Schema} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {toMdast} from 'hast-util-to-mdast'
import {toText} from 'hast-util-to-text'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown as mdastToMarkdown, type Options as MarkdownOptions} from 'mdast-util-to-markdown'
import {parseFragmentTree} from '../parse/parse.js'
import {markdownRoot} from './markdown-safe.js'

/** Options of the serialisers. */
export interface SerializeOptions {
  /** Page URL: relative `href`/`src` are made absolute against it. Ignored when it is not an absolute URL. */
  baseUrl?: string
}

/** Elements removed with everything inside them: executable, embedded, interactive, or not content. */
const STRIPPED = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'param', 'svg', 'math', 'canvas', 'audio', 'video', 'track', 'map', 'head', 'title', 'meta', 'link',
  'base', 'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'output', 'dialog'
]

/**
 * Elements kept. Anything else (`form`, `font`, custom elements, …) is unwrapped: its children stay.
 * `form` is unwrapped rather than stripped because some CMSs (ASP.NET WebForms) wrap the whole page in one;
 * its controls are stripped above. Structural blocks are kept so that unwrapping never glues two blocks' text.
 */
const TAG_NAMES = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center',
  'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
  'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span',
  'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'tt', 'u', 'ul', 'var', 'wbr'
]

/** Attributes of lazy-loading scripts holding the real image URL while `src` is a placeholder (or missing). */
const LAZY_SRC = ['dataSrc', 'dataOriginal', 'dataLazySrc'] as const

/**
 * Sanitize schema, derived from `defaultSchema` (GitHub's rules) and tightened: only the tags above,
 * a few attributes each, no `id`/`name` at all (so no DOM clobbering and no `user-content-` prefix),
 * no `style`, no event handlers, URLs only `http(s):`, `mailto:` (links) or relative.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: TAG_NAMES,
  strip: STRIPPED,
  ancestors: {...defaultSchema.ancestors, caption: ['table'], col: ['table'], colgroup: ['table']},
  attributes: {
    a: ['href', 'title'],
    abbr: ['title'],
    blockquote: ['cite'],
    code: [['className', /^language-./]],
    col: ['span'],
    colgroup: ['span'],
    del: ['cite', 'dateTime'],
    img: ['src', 'alt', 'title', 'width', 'height', ...LAZY_SRC],
    ins: ['cite', 'dateTime'],
    li: ['value'],
    ol: ['start', 'reversed', 'type'],
    q: ['cite'],
    td: ['colSpan', 'rowSpan', 'headers'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
    time: ['dateTime'],
    '*': ['lang', 'dir']
  },
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    dataSrc: ['http', 'https'],
    dataOriginal: ['http', 'https'],
    dataLazySrc: ['http', 'https']
  },
  clobber: [],
  clobberPrefix: '',
  required: {},
  allowComments: false,
  allowDoctypes: false
}

/** URL schemes a resolved `href` may have. */
const SAFE_HREF_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
/** URL schemes a resolved `src` or `cite` may have. */
const SAFE_SRC_PROTOCOLS = new Set(['http:', 'https:'])

/** Inline `style` values that hide an element (`display:none`, `visibility:hidden`). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i

/** Longest inline `style` value inspected for hiding (longer ones are not read, keeping the check cheap). */
const MAX_STYLE_LENGTH = 2000

/**
 * The article as sanitized HTML.
 *
 * Scripts, styles, embeds, forms controls, comments, event handlers, `style` attributes, `id`s and unsafe
 * URLs (`javascript:`, `data:`, `vbscript:`…) are removed; hidden elements (`hidden`, `display:none`) are
 * dropped; lazy images get their real `src`; with `baseUrl`, relative URLs become absolute.
 */
export function toArticleHtml(root: Root | Element, options?: SerializeOptions): string {
  return htmlOf(safeTree(root, options))
}

/** Sanitized HTML of a safe tree (see {@link toArticleHtml}). */
function htmlOf(tree: Root): string {
  let html = toHtml(tree)
  // Unwrapping can nest what HTML cannot (`<p>` in `<p>` once a `<marquee>` between them goes, `<h1>` in `<h1>`):
  // such markup would parse into another tree. Re-parse until the HTML is the serialisation of its own parse.
  // Re-parsing only moves elements and text already sanitized; escaped text cannot turn into markup.
  for (let round = 0; round < MAX_REPARSE_ROUNDS; round++) {
    const again = toHtml(parseFragmentTree(html))
    if (again === html) break
    html = again
  }
  return html
}

/** Rounds of re-parsing the article HTML into a stable form (one is nearly always enough). */
const MAX_REPARSE_ROUNDS = 3

/** The article as GitHub-flavoured Markdown (tables included), without a trailing newline. */
export function toMarkdown(root: Root | Element, options?: SerializeOptions): string {
  return markdownOf(safeTree(root, options))
}

/** Markdown of a safe tree (see {@link toMarkdown}); the tree is not changed. */
function markdownOf(tree: Root): string {
  const mdast = toMdast(withoutNestedFormatting(tree))
  return mdastToMarkdown(mdast, MARKDOWN_OPTIONS).trim()
}

/** Options of `mdast-util-to-markdown`, made once. */
const MARKDOWN_OPTIONS: MarkdownOptions = {bullet: '-', extensions: [gfmToMarkdown()], handlers: {root: markdownRoot}}

/** HTML and Markdown of one article, made on demand from one sanitized copy. */
export interface ArticleSerializer {
  html(): string
  markdown(): string
}

/**
 * {@link toArticleHtml} and {@link toMarkdown} of the same tree, sharing the sanitized copy (the
 * larger part of the work): whichever is asked for first makes it, and neither changes it. The
 * copy is let go after its second use, so a result kept after both were read does not hold it.
 */
export function articleSerializer(root: Root | Element, options?: SerializeOptions): ArticleSerializer {
  let tree: Root | undefined
  let uses = 0
  const safe = (): Root => {
    const made = (tree ??= safeTree(root, options))
    if (++uses === 2) tree = undefined
    return made
  }
  return {html: () => htmlOf(safe()), markdown: () => markdownOf(safe())}
}

/**
 * The article as plain text: one block (paragraph, heading, quote, …) per paragraph, separated by a
 * blank line; list items and table rows one per line (cells separated by a tab), whitespace collapsed,
 * lines trimmed; `<pre>` keeps its indentation.
 */
export function toPlainText(root: Root | Element): string {
  const blocks: TextBlock[] = []
  collectBlocks(safeTree(root, undefined), blocks, undefined)
  let out = ''
  let previous: TextBlock | undefined
  for (const block of blocks) {
    const text = normaliseBlock(block)
    if (text === '') continue
    if (previous) out += previous.group !== undefined && previous.group === block.group ? '\n' : '\n\n'
    out += text
    previous = block
  }
  return out.replace(/\n{3,}/g, '\n\n')
}

/** A sanitized copy of the tree, ready to serialise. The input is not touched. */
function safeTree(root: Root | Element, options: SerializeOptions | undefined): Root {
  const visible = withoutHidden(root)
  const clean = sanitize(visible ?? {type: 'root', children: []}, SCHEMA)
  const tree: Root = clean.type === 'root' ? clean : {type: 'root', children: [clean as RootContent]}
  finishTree(tree, baseOf(options), false)
  capDepth(tree)
  return tree
}

/**
 * Deepest nesting of the serialised article. The serialisers build each element's output from its children's,
 * so their time and memory grow with depth × size: 100,000 `<blockquote>`s (flattened to 512 levels by the parser)
 * took minutes. No article needs more levels than this; deeper content is flattened.
 */
const MAX_OUTPUT_DEPTH = 100

/**
 * Flatten, in place, what lies deeper than {@link MAX_OUTPUT_DEPTH}: every descendant of an element at that depth
 * becomes its child, in document order; an element keeps its children when they are only text (a `<b>` keeps its
 * words), else it is emptied and they follow it. Hidden and unsafe content is already gone, so nothing shows that
 * did not. Iterative.
 */
function capDepth(tree: Root): void {
  const stack: Array<{node: Root | Element; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    if (depth < MAX_OUTPUT_DEPTH) {
      for (const child of node.children) if (child.type === 'element') stack.push({node: child, depth: depth + 1})
      continue
    }
    const out: ElementContent[] = []
    const pending = [...(node.children as ElementContent[])].reverse()
    while (pending.length > 0) {
      const child = pending.pop()!
      out.push(child)
      if (child.type !== 'element' || child.children.every((c) => c.type !== 'element')) continue
      const inner = child.children
      child.children = []
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i]!)
    }
    node.children = out
  }
}

/** Whether an element is hidden by the `hidden` attribute, `aria-hidden="true"` or an inline style. */
function isHidden(element: Element): boolean {
  const {hidden, ariaHidden, style} = element.properties
  if (hidden !== undefined && hidden !== null && hidden !== false) return true
  if (String(ariaHidden) === 'true') return true
  return typeof style === 'string' && style.length <= MAX_STYLE_LENGTH && HIDDEN_STYLE.test(style)
}

/**
 * Copy of the tree without hidden elements. Only elements on the way are shallow-copied;
 * `sanitize` then builds a fully new tree, so nothing of the input is ever modified.
 */
function withoutHidden<T extends Nodes>(node: T): T | undefined {
  if (node.type === 'element' && isHidden(node)) return undefined
  if (node.type !== 'element' && node.type !== 'root') return node
  const children: Array<RootContent | ElementContent> = []
  for (const child of node.children) {
    const kept = withoutHidden(child)
    if (kept) children.push(kept)
  }
  return {...node, children} as T
}

/** The base URL to resolve against, when it is an absolute http(s) URL. */
function baseOf(options: SerializeOptions | undefined): URL | undefined {
  if (options?.baseUrl === undefined) return undefined
  try {
    const url = new URL(options.baseUrl)
    return SAFE_SRC_PROTOCOLS.has(url.protocol) ? url : undefined
  } catch {
    return undefined
  }
}

/** Resolve `value` against `base` and keep it only when its scheme is in `allowed`. */
function resolveUrl(value: unknown, base: URL | undefined, allowed: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'string') return undefined
  if (!base) return value
  try {
    const url = new URL(value, base)
    return allowed.has(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Set or remove a property. */
function setUrl(properties: Properties, key: string, value: string | undefined): void {
  if (value === undefined) delete properties[key]
  else properties[key] = value
}

/**
 * Characters between which a line break in the source is no line break at all (CSS Text 3 segment break
 * rules, which `hast-util-to-text` leaves out): CJK punctuation, kana, ideographs, full-width forms. Hangul is not in it.
 */
const WIDE = '\\u2e80-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'

/** A source line break (with the blanks around it) between two wide characters. Linear: each try starts at one wide character. */
export const WIDE_SEGMENT_BREAK = new RegExp(`([${WIDE}])[ \\t]*\\r?\\n[ \\t\\r\\n]*(?=[${WIDE}])`, 'g')

/**
 * On the sanitized (new) tree: give lazy images their real `src`, drop images left without one,
 * make URLs absolute against `base`, unwrap links left without `href`, and remove line breaks
 * between CJK characters in text (outside `<pre>`).
 */
function finishTree(parent: Root | Element, base: URL | undefined, pre: boolean): void {
  // Children are rebuilt in one pass (no splicing: 100,000 unwrapped links must stay linear), adjacent text merged.
  const out: Array<RootContent | ElementContent> = []
  for (const child of parent.children as Array<RootContent | ElementContent>) {
    if (child.type !== 'element') {
      pushMerged(out, child)
      continue
    }
    finishTree(child, base, pre || child.tagName === 'pre')
    const properties = child.properties
    if (child.tagName === 'img') {
      if (typeof properties.src !== 'string' || properties.src === '') {
        const lazy = LAZY_SRC.map((key) => properties[key]).find((v): v is string => typeof v === 'string' && v !== '')
        if (lazy !== undefined) properties.src = lazy
      }
      for (const key of LAZY_SRC) delete properties[key]
      setUrl(properties, 'src', resolveUrl(properties.src, base, SAFE_SRC_PROTOCOLS))
      if (properties.src !== undefined && properties.src !== '') out.push(child)
      continue
    }
    if ('cite' in properties) setUrl(properties, 'cite', resolveUrl(properties.cite, base, SAFE_SRC_PROTOCOLS))
    if ('href' in properties) setUrl(properties, 'href', resolveUrl(properties.href, base, SAFE_HREF_PROTOCOLS))
    if (child.tagName === 'a' && properties.href === undefined) for (const inner of child.children) pushMerged(out, inner)
    else out.push(child)
  }
  if (!pre) for (const node of out) if (node.type === 'text') node.value = node.value.replace(WIDE_SEGMENT_BREAK, '$1')
  parent.children = out as typeof parent.children
}

/**
 * Append a node, merging a text node into a text node before it (a new node: the text nodes may be
 * shared with another tree). `hast-util-to-mdast` merges adjacent text nodes one by one, re-running a
 * regex over the growing text each time: quadratic (100,000 text nodes left adjacent by removed
 * comments took minutes).
 */
function pushMerged(out: Array<RootContent | ElementContent>, node: RootContent | ElementContent): void {
  const last = out[out.length - 1]
  if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = {type: 'text', value: last.value + node.value}
  else out.push(node)
}

/** Elements that become one kind of Markdown formatting (`hast-util-to-mdast` handlers): strong, emphasis, delete. */
const FORMATTING: ReadonlyMap<string, string> = new Map([
  ['b', 'strong'], ['strong', 'strong'], ['i', 'emphasis'], ['em', 'emphasis'], ['mark', 'emphasis'],
  ['del', 'delete'], ['s', 'delete'], ['strike', 'delete']
])

/** Deepest nesting of quotes and lists kept in Markdown; deeper ones are unwrapped into the level above. */
const MAX_MARKDOWN_NESTING = 10

/** Quotes and lists: each level indents every line inside it in Markdown. */
const INDENTING = new Set(['blockquote', 'ul', 'ol'])

/**
 * A copy of the sanitized tree prepared for Markdown, whose output and time blow up on deep nesting
 * (elements on the way are shallow-copied, text nodes merged into new ones: the tree itself is
 * shared with the HTML serialiser and stays as it is):
 * - formatting inside formatting of the same kind (`<b>` in `<strong>`, `<i>` in `<em>`) is unwrapped: it means
 *   nothing in Markdown, and `mdast-util-to-markdown` takes time exponential in the depth of nested emphasis
 *   (hundreds of nested `<i>` took minutes); afterwards at most three formatting nodes nest;
 * - quotes and lists nested deeper than {@link MAX_MARKDOWN_NESTING} are unwrapped (a list into its items'
 *   content): each level prefixes every line inside it, so 500 nested `<blockquote>`s made Markdown 500 times
 *   the size of the text, and slow to build.
 */
function withoutNestedFormatting(tree: Root): Root {
  return {...tree, children: unwrapNestedFormatting(tree, new Set(), 0) as Root['children']}
}

/** The children of `parent`, prepared for Markdown as {@link withoutNestedFormatting} says. */
function unwrapNestedFormatting(parent: Root | Element, open: ReadonlySet<string>, nesting: number): Array<RootContent | ElementContent> {
  const out: Array<RootContent | ElementContent> = []
  for (const child of parent.children as Array<RootContent | ElementContent>) {
    if (child.type !== 'element') {
      pushMerged(out, child)
      continue
    }
    const kind = FORMATTING.get(child.tagName)
    const indenting = INDENTING.has(child.tagName)
    if (indenting && nesting >= MAX_MARKDOWN_NESTING) {
      for (const item of unwrapNestedFormatting(child, open, nesting)) {
        if (child.tagName !== 'blockquote' && item.type === 'element' && item.tagName === 'li') for (const inner of item.children) pushMerged(out, inner)
        else pushMerged(out, item)
      }
    } else if (kind !== undefined && open.has(kind)) {
      for (const inner of unwrapNestedFormatting(child, open, nesting)) pushMerged(out, inner)
    } else {
      const children = unwrapNestedFormatting(child, kind === undefined ? open : new Set([...open, kind]), indenting ? nesting + 1 : nesting)
      out.push({...child, children: children as ElementContent[]})
    }
  }
  return out
}

/** One block of plain text before normalisation. */
interface TextBlock {
  /** Raw text of the block, from `hast-util-to-text`. */
  text: string
  /** The list, table or description list the block is an item of: items of one group are joined by a single newline. */
  group: Element | undefined
  /** Whether the block is preformatted (keeps indentation). */
  pre: boolean
}

/** Elements that start and end a block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
])

/** Blocks whose items are lines rather than paragraphs. */
const GROUP_TAGS = new Set(['ul', 'ol', 'dl', 'table'])

/** Whether an element has a block element anywhere inside. */
function containsBlock(element: Element): boolean {
  return element.children.some(
    (child) => child.type === 'element' && (BLOCK_TAGS.has(child.tagName) || containsBlock(child))
  )
}

/**
 * Split a tree into text blocks: each leaf block element is one block, each run of inline content
 * between blocks is one block, each table row is one block. Text comes from `hast-util-to-text`
 * (innerText rules: whitespace collapsing, `<br>`, CJK segment breaks, tabs between cells).
 */
function collectBlocks(parent: Root | Element, blocks: TextBlock[], group: Element | undefined): void {
  let run: ElementContent[] = []
  const flush = (): void => {
    if (run.length === 0) return
    const paragraph: Element = {type: 'element', tagName: 'p', properties: {}, children: run}
    blocks.push({text: toText(paragraph), group, pre: false})
    run = []
  }
  for (const child of parent.children) {
    if (child.type === 'element' && BLOCK_TAGS.has(child.tagName)) {
      flush()
      if (child.tagName === 'pre') blocks.push({text: toText(child, {whitespace: 'pre'}), group, pre: true})
      else if (child.tagName === 'tr' || !containsBlock(child)) blocks.push({text: toText(child), group, pre: false})
      else collectBlocks(child, blocks, group ?? (GROUP_TAGS.has(child.tagName) ? child : undefined))
    } else if (child.type === 'element' || child.type === 'text') {
      run.push(child)
    }
  }
  flush()
}

/** Trim every line of a block (only line ends in `<pre>`) and drop its outer blank lines. */
function normaliseBlock(block: TextBlock): string {
  const lines = block.text.split('\n').map((line) => (block.pre ? line.trimEnd() : line.trim()))
  let start = 0
  let end = lines.length
  while (start < end && lines[start] === '') start++
  while (end > start && lines[end - 1] === '') end--
  return lines.slice(start, end).join('\n')
}
