import type {Element} from 'hast'
import type {Anchor, Block, ElementInfo} from '../segment/blocks.js'
import type {HiddenReason} from '../segment/visibility.js'

/**
 * A unit of spam detection: one block, or consecutive blocks of one list, table or group of
 * link items — an injected list of 41 `<li><a>` is one finding, not 41.
 */
export interface Unit {
  blocks: Block[]
  /** Visible text of the blocks, one line each. */
  text: string
  /** Characters of `text` inside links. */
  linkTextLength: number
  anchors: Anchor[]
  start: number
  end: number
  hidden: HiddenReason
  marquee: boolean
}

/** Owners that are items of a list or table: their list or table is the group. */
const ITEM_TAGS: ReadonlySet<string> = new Set(['li', 'dt', 'dd', 'td', 'th'])
/** Containers of items. */
const GROUP_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'table', 'menu'])
/** How far up an item looks for its list (li → ul; td → tr → tbody → table). */
const MAX_GROUP_HOPS = 4
/** A block at least this share links, and shorter than `LINK_ITEM_CHARS`, is a link item. */
const LINK_ITEM_DENSITY = 0.7
/** Longest text of a link item (one anchor or a few). */
const LINK_ITEM_CHARS = 120

/** Group blocks into detection units, in document order. */
export function groupUnits(blocks: readonly Block[], info: ReadonlyMap<Element, ElementInfo>): Unit[] {
  const units: Unit[] = []
  let current: Block[] = []
  let currentKey: Element | undefined
  const flush = (): void => {
    if (current.length > 0) units.push(makeUnit(current))
    current = []
    currentKey = undefined
  }
  for (const block of blocks) {
    const key = groupKey(block, info)
    if (key && key === currentKey) {
      current.push(block)
      continue
    }
    flush()
    current = [block]
    currentKey = key
  }
  flush()
  return units
}

function groupKey(block: Block, info: ReadonlyMap<Element, ElementInfo>): Element | undefined {
  const owner = block.owner
  if (ITEM_TAGS.has(owner.tagName)) {
    let current = info.get(owner)?.parent
    for (let hop = 0; current && hop < MAX_GROUP_HOPS; hop++) {
      if (GROUP_TAGS.has(current.tagName)) return current
      current = info.get(current)?.parent
    }
  }
  if (block.anchors.length > 0 && block.text.length <= LINK_ITEM_CHARS && block.linkTextLength >= block.text.length * LINK_ITEM_DENSITY) {
    return info.get(owner)?.parent
  }
  return undefined
}

function makeUnit(blocks: Block[]): Unit {
  const first = blocks[0]!
  if (blocks.length === 1) {
    return {
      blocks,
      text: first.text,
      linkTextLength: first.linkTextLength,
      anchors: first.anchors,
      start: first.start,
      end: first.end,
      hidden: first.hidden,
      marquee: first.marquee
    }
  }
  let linkTextLength = 0
  const anchors: Anchor[] = []
  let hidden: HiddenReason = null
  let hiddenCount = 0
  let marquee = false
  let end = first.end
  for (const block of blocks) {
    linkTextLength += block.linkTextLength
    for (const anchor of block.anchors) anchors.push(anchor)
    if (block.hidden) {
      hidden = block.hidden
      hiddenCount++
    }
    if (block.marquee) marquee = true
    if (block.end > end) end = block.end
  }
  return {
    blocks,
    text: blocks.map((b) => b.text).join('\n'),
    linkTextLength,
    anchors,
    start: first.start,
    end,
    // A group is hidden when all of it is.
    hidden: hiddenCount === blocks.length ? hidden : null,
    marquee
  }
}
