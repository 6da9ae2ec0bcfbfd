import type {Element} from 'hast'
import {lastAtMost} from '../last-at-most.js'
import type {Block, Segmentation} from '../segment/blocks.js'
import {HEADING_TAGS} from '../segment/tags.js'
import {RECIRCULATION_HEADING, classAndId} from './vocabulary.js'
import {CLASS_WEIGHT, Context, blockLinkDensity, classWeight, effectiveLength, linkDensity, scoreCandidates, type ExtractFlags} from './score.js'

/** Why a block of the page is not in the article. */
export type DropReason =
  | 'outside'
  | 'hidden'
  | 'spam'
  | 'template'
  | 'unlikely'
  | 'link-list'
  | 'link-density'
  | 'title'
  | 'conditional'
  | 'duplicate'
  | 'recirculation'
  | 'dateline'

/** The chosen article: its top-level containers and the blocks kept from them. */
export interface ArticleSelection {
  /** Top-level elements the article is made of, in document order (empty when none). */
  containers: Element[]
  /** Blocks of the article, in document order (narrowed by later stages: spam, repeated headline). */
  kept: Block[]
  /**
   * Why each other block was left out, by `Block.index` (`null`: kept). An array, not a map: a link
   * farm has 135,000 blocks, and filling a map that size cost more than the rest of an attempt.
   */
  dropped: Array<DropReason | null>
  /** Elements inside the containers left out whole (template parts). */
  droppedParts: Set<Element>
}

/** A parent whose score is below this share of the best container's stops the walk up (Readability). */
const PARENT_SCORE_FLOOR = 1 / 3
/** Runner-up containers within this share of the best one count as parts of the same article. */
const ALTERNATIVE_SHARE = 0.75
/** How many such runner-ups must share an ancestor before that ancestor becomes the article. */
const MIN_ALTERNATIVES = 3
/** Siblings need this share of the best container's score to join the article. */
const SIBLING_SHARE = 0.2
/** …and at least this absolute score, so tiny pages do not pull in every sibling. */
const MIN_SIBLING_SCORE = 10
/** A sibling paragraph longer than this with little link text joins the article. */
const SIBLING_PARAGRAPH_CHARS = 80
/** Link density below which such a sibling paragraph counts as prose. */
const SIBLING_MAX_LINK_DENSITY = 0.25
/** A block whose text is at least this share links is a link list, not prose. */
const LINK_LIST_DENSITY = 0.5
/** A container part is template (related links, tag lists) when this share of its text is links. */
const PART_LINK_DENSITY = 0.33
/** Negative-named parts with less text than this are widgets, not story. */
const PART_MIN_CHARS = 200

/**
 * Shortest article (effective characters, CJK weighted) accepted without retrying with fewer
 * heuristics: Readability's `DEFAULT_CHAR_THRESHOLD`.
 */
export const MIN_ARTICLE_CHARS = 500

/** Attempts in order: all heuristics, then without unlikely-stripping, class weights, cleaning. */
const ATTEMPTS: readonly ExtractFlags[] = [
  {stripUnlikely: true, weightClasses: true, cleanConditionally: true},
  {stripUnlikely: false, weightClasses: true, cleanConditionally: true},
  {stripUnlikely: false, weightClasses: false, cleanConditionally: true},
  {stripUnlikely: false, weightClasses: false, cleanConditionally: false}
]

/** Shortest truncated teaser checked against the kept blocks. */
const MIN_DUPLICATE_CHARS = 15
/** A part headed "Related stories" is dropped only when it holds at most this share of the container's text. */
const MAX_RECIRCULATION_SHARE = 0.3
/** Longest heading text read as a recirculation heading. */
const MAX_HEADING_CHARS = 60

/** Blocks whose repeats are written on purpose (interview questions, recipe steps). */
const PROSE_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'li', 'td', 'th', 'dd', 'dt'])

/** Class names of widgets that show the same text twice (captions, credits, carousel slides, cards). */
const LAYOUT_WIDGET = /caption|credit|slide|swiper|carousel|gallery|teaser|promo|card|rail/
/** How many ancestors are searched for such a name. */
const LAYOUT_WIDGET_LEVELS = 3

function isLayoutWidget(owner: Element, context: Context): boolean {
  let current: Element | undefined = owner
  for (let level = 0; current && level < LAYOUT_WIDGET_LEVELS; level++) {
    if (LAYOUT_WIDGET.test(classAndId(current.properties))) return true
    current = context.parent(current)
  }
  return false
}

const ELLIPSIS = /(?:…|\.\.\.)$/

/**
 * Kept texts a teaser is compared with, at most, among those opening with its first
 * {@link MIN_DUPLICATE_CHARS} characters: comparing with every kept text made a page of many
 * paragraphs ending in `…` quadratic. A real teaser shares its opening with one or two paragraphs.
 */
const MAX_TEASER_CANDIDATES = 64

/** Kept texts of at least {@link MIN_DUPLICATE_CHARS} characters, by their first ones. */
type KeptOpenings = Map<string, string[]>

/** Whether a block repeats a kept one: a layout repeat, or a truncated teaser (`…`) of it. */
function isDuplicate(block: Block, seen: ReadonlySet<string>, kept: KeptOpenings, context: Context): boolean {
  const text = block.text
  if (text.length < MIN_DUPLICATE_CHARS) return false
  // Layout repeats (carousel clones, a caption shown twice) sit in named widgets; prose repeats in paragraphs.
  if (seen.has(text) && !PROSE_TAGS.has(block.owner.tagName) && isLayoutWidget(block.owner, context)) return true
  if (!ELLIPSIS.test(text)) return false
  const prefix = text.replace(ELLIPSIS, '').trimEnd()
  if (prefix.length < MIN_DUPLICATE_CHARS) return false
  const candidates = kept.get(prefix.slice(0, MIN_DUPLICATE_CHARS))
  if (!candidates) return false
  const count = Math.min(candidates.length, MAX_TEASER_CANDIDATES)
  for (let i = 0; i < count; i++) if (candidates[i]!.startsWith(prefix)) return true
  return false
}

/** Remember a kept text for {@link isDuplicate}. */
function keepOpening(kept: KeptOpenings, text: string): void {
  const key = text.slice(0, MIN_DUPLICATE_CHARS)
  const list = kept.get(key)
  if (list) list.push(text)
  else kept.set(key, [text])
}

/** Whether a block is a heading like "Most read" or "相關閱讀". */
function isRecirculationHeading(block: Block): boolean {
  if (block.text.length > MAX_HEADING_CHARS) return false
  const tag = block.owner.tagName
  if (!HEADING_TAGS.has(tag) && !/title|head/.test(String(block.owner.properties['className'] ?? ''))) return false
  return RECIRCULATION_HEADING.test(block.text)
}

/** Choose the article of a page and the blocks it keeps. `spam` blocks are always dropped. */
export function selectArticle(segmentation: Segmentation, spam: ReadonlySet<Block>): ArticleSelection {
  const context = new Context(segmentation)
  let best: ArticleSelection | undefined
  let bestLength = -1
  for (const flags of ATTEMPTS) {
    const selection = attempt(segmentation, context, spam, flags)
    let length = 0
    for (const block of selection.kept) length += effectiveLength(block.text)
    if (length >= MIN_ARTICLE_CHARS) return selection
    if (length > bestLength) {
      best = selection
      bestLength = length
    }
  }
  // Every attempt came out short: a page whose text sits in one big block that container scores
  // miss (no commas, odd markup) still has that block. Take it when it is longer than all else.
  const largest = largestProseBlock(segmentation, spam)
  if (largest && effectiveLength(largest.text) > bestLength * LARGEST_BLOCK_FACTOR) {
    const flags = ATTEMPTS[ATTEMPTS.length - 1]!
    const selection = attempt(segmentation, context, spam, flags, largest.owner)
    let length = 0
    for (const block of selection.kept) length += effectiveLength(block.text)
    if (length > bestLength) return selection
  }
  return best!
}

/** How much longer than the best attempt's text the largest block must be to replace it. */
const LARGEST_BLOCK_FACTOR = 2
/** Link density under which a block counts as prose for that fallback. */
const LARGEST_BLOCK_MAX_LINK_DENSITY = 0.3

function largestProseBlock(segmentation: Segmentation, spam: ReadonlySet<Block>): Block | undefined {
  let largest: Block | undefined
  let size = 0
  for (const block of segmentation.blocks) {
    if (block.hidden || spam.has(block) || blockLinkDensity(block) > LARGEST_BLOCK_MAX_LINK_DENSITY) continue
    const length = effectiveLength(block.text)
    if (length > size) {
      largest = block
      size = length
    }
  }
  return largest
}

function attempt(
  segmentation: Segmentation,
  context: Context,
  spam: ReadonlySet<Block>,
  flags: ExtractFlags,
  forcedTop?: Element
): ArticleSelection {
  const {scores, ranking} = scoreCandidates(segmentation, context, spam, flags)
  const dropped = new Array<DropReason | null>(segmentation.blocks.length).fill(null)
  const top = forcedTop ?? refineTop(ranking, scores, context)
  if (!top) {
    dropped.fill('outside')
    return {containers: [], kept: [], dropped, droppedParts: new Set()}
  }
  const containers = forcedTop ? [forcedTop] : withSiblings(top, scores, context, segmentation)
  const containerRanges = rangesOf(containers, context)
  const partVerdict = new Map<Element, DropReason | null>()
  const droppedParts = new Set<Element>()
  const kept: Block[] = []
  const seen = new Set<string>()
  const keptTexts: KeptOpenings = new Map()

  for (const block of segmentation.blocks) {
    const container = containerOf(block.owner, containerRanges, context)
    if (!container) {
      dropped[block.index] = 'outside'
      continue
    }
    if (spam.has(block)) {
      dropped[block.index] = 'spam'
      continue
    }
    if (block.hidden) {
      dropped[block.index] = 'hidden'
      continue
    }
    const part = flags.cleanConditionally ? partReason(block.owner, container, context, partVerdict, droppedParts, flags) : null
    if (part) {
      dropped[block.index] = part
      continue
    }
    if (blockLinkDensity(block) >= LINK_LIST_DENSITY && block.anchors.length > 0) {
      dropped[block.index] = 'link-density'
      continue
    }
    if (flags.cleanConditionally && isRecirculationHeading(block)) {
      dropped[block.index] = 'recirculation'
      const section = context.parent(block.owner)
      const sectionInfo = section ? context.info.get(section) : undefined
      const containerInfo = context.info.get(container)
      if (section && section !== container && sectionInfo && containerInfo && sectionInfo.textLength <= containerInfo.textLength * MAX_RECIRCULATION_SHARE) {
        partVerdict.set(section, 'recirculation')
        droppedParts.add(section)
      }
      continue
    }
    if (isDuplicate(block, seen, keptTexts, context)) {
      dropped[block.index] = 'duplicate'
      continue
    }
    kept.push(block)
    if (block.text.length >= MIN_DUPLICATE_CHARS) {
      seen.add(block.text)
      keepOpening(keptTexts, block.text)
    }
  }
  return {containers, kept, dropped, droppedParts}
}

/** Readability's refinements: runner-ups sharing an ancestor, then walking up while parents score well. */
function refineTop(ranking: Element[], scores: Map<Element, number>, context: Context): Element | undefined {
  let top = ranking[0]
  if (!top) return undefined
  const topScore = scores.get(top)!
  const alternatives = ranking.slice(1, 5).filter((e) => scores.get(e)! / topScore >= ALTERNATIVE_SHARE)
  if (alternatives.length >= MIN_ALTERNATIVES) {
    let parent = context.parent(top)
    while (parent && parent.tagName !== 'body' && parent.tagName !== 'html') {
      let holding = 0
      for (const alt of alternatives) if (isAncestor(parent, alt, context)) holding++
      if (holding >= MIN_ALTERNATIVES) {
        top = parent
        break
      }
      parent = context.parent(parent)
    }
  }
  let lastScore = scores.get(top) ?? 0
  const threshold = lastScore * PARENT_SCORE_FLOOR
  let parent = context.parent(top)
  while (parent && parent.tagName !== 'body' && parent.tagName !== 'html') {
    const parentScore = scores.get(parent)
    if (parentScore === undefined) {
      parent = context.parent(parent)
      continue
    }
    if (parentScore < threshold) break
    if (parentScore > lastScore) {
      top = parent
      break
    }
    lastScore = parentScore
    parent = context.parent(parent)
  }
  // A container that is its parent's only child says nothing the parent does not.
  parent = context.parent(top)
  while (parent && parent.tagName !== 'body' && parent.tagName !== 'html' && elementChildren(parent).length === 1) {
    top = parent
    parent = context.parent(top)
  }
  return top
}

/** The best container plus siblings that look like more of the same article. */
function withSiblings(top: Element, scores: Map<Element, number>, context: Context, segmentation: Segmentation): Element[] {
  const parent = context.parent(top)
  if (!parent || top.tagName === 'body') return [top]
  const topScore = scores.get(top) ?? 0
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE)
  const topClass = String(top.properties['className'] ?? '')
  const out: Element[] = []
  for (const sibling of elementChildren(parent)) {
    if (sibling === top) {
      out.push(sibling)
      continue
    }
    const info = segmentation.info.get(sibling)
    if (!info || info.hidden || info.textLength === 0) continue
    let bonus = 0
    if (topClass && String(sibling.properties['className'] ?? '') === topClass) bonus += topScore * SIBLING_SHARE
    const score = scores.get(sibling)
    if (score !== undefined && score + bonus >= threshold) {
      out.push(sibling)
      continue
    }
    if (sibling.tagName === 'p') {
      const density = linkDensity(info)
      if (info.textLength > SIBLING_PARAGRAPH_CHARS && density < SIBLING_MAX_LINK_DENSITY) out.push(sibling)
    }
  }
  return out
}

/** Containers with their subtrees as ranges of pre-order indices, by start; `outside` those not in the walk. */
interface ContainerRanges {
  elements: Element[]
  starts: number[]
  ends: number[]
  outside: ReadonlySet<Element>
}

/**
 * The subtree ranges of `containers` (siblings, or one element: disjoint ranges), sorted. Which
 * container holds a block is then a binary search, not a walk up from every block with a memo
 * per element (on a link farm of 135,000 items, a map too large for the caches).
 */
function rangesOf(containers: readonly Element[], context: Context): ContainerRanges {
  const ranged: Array<{element: Element; start: number; end: number}> = []
  const outside = new Set<Element>()
  for (const element of containers) {
    const info = context.info.get(element)
    if (info) ranged.push({element, start: info.order, end: info.last})
    else outside.add(element)
  }
  ranged.sort((a, b) => a.start - b.start)
  return {elements: ranged.map((r) => r.element), starts: ranged.map((r) => r.start), ends: ranged.map((r) => r.end), outside}
}

/** The container holding `element` (itself or an ancestor), or `null`. */
function containerOf(element: Element, ranges: ContainerRanges, context: Context): Element | null {
  const info = context.info.get(element)
  // The page's root-level runs belong to no element of the walk: only a container of their own holds them.
  if (!info) return ranges.outside.has(element) ? element : null
  const at = lastAtMost(ranges.starts, info.order)
  return at >= 0 && info.order <= ranges.ends[at]! ? ranges.elements[at]! : null
}

/**
 * Why a part of the container between `owner` and `container` is template, or `null`:
 * template tags and roles, unlikely class names, and Readability's conditional cleaning
 * (negative names with little text or many links; lists and tables made of links).
 */
function partReason(
  owner: Element,
  container: Element,
  context: Context,
  memo: Map<Element, DropReason | null>,
  parts: Set<Element>,
  flags: ExtractFlags
): DropReason | null {
  const chain: Element[] = []
  let current: Element | undefined = owner
  let found: DropReason | null = null
  while (current && current !== container) {
    const known = memo.get(current)
    if (known !== undefined) {
      found = known
      break
    }
    chain.push(current)
    const own = ownPartReason(current, context, flags)
    if (own) {
      found = own
      parts.add(current)
      break
    }
    current = context.parent(current)
  }
  for (const e of chain) memo.set(e, found)
  return found
}

function ownPartReason(element: Element, context: Context, flags: ExtractFlags): DropReason | null {
  const tag = element.tagName
  if (tag === 'nav' || tag === 'aside' || tag === 'footer' || tag === 'menu') return 'template'
  const role = element.properties['role']
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'menu' || role === 'dialog') return 'template'
  const info = context.info.get(element)
  if (!info) return null
  const density = linkDensity(info)
  const weight = classWeight(element, flags.weightClasses)
  if (weight < 0 && (info.textLength < PART_MIN_CHARS || density > PART_LINK_DENSITY)) return 'conditional'
  if ((tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'div' || tag === 'section') && density > PART_LINK_DENSITY + (weight >= CLASS_WEIGHT ? 0.17 : 0)) {
    return 'link-list'
  }
  if (info.controls > 0 && info.controls > info.paragraphs / 3 + 1 && tag !== 'body') return 'conditional'
  return null
}

function elementChildren(element: Element): Element[] {
  const out: Element[] = []
  for (const child of element.children) if (child.type === 'element') out.push(child)
  return out
}

function isAncestor(ancestor: Element, element: Element, context: Context): boolean {
  let current = context.parent(element)
  while (current) {
    if (current === ancestor) return true
    current = context.parent(current)
  }
  return false
}


