import type {Element, ElementContent, Root, Text} from 'hast'
import {collapseWhitespace} from './collapse-whitespace.js'
import {BLOCK_TAGS, SKIP_TAGS} from './tags.js'
import {ownHiddenReason, readHidingRules, type HiddenReason} from './visibility.js'

/** A link inside a block. */
export interface Anchor {
  element: Element
  href: string
  /** Visible text of the link (collapsed whitespace). */
  text: string
  start: number
  end: number
}

/** An attribute whose text a reader may see (image `alt`, `title`): spam hides there too. */
export interface TextAttribute {
  element: Element
  name: 'alt' | 'title'
  value: string
  start: number
  end: number
}

/**
 * A block: one run of inline content inside a block-level element, as a browser lays out one
 * paragraph. The unit that is scored as content, boilerplate or spam.
 */
export interface Block {
  /** Position in document order. */
  index: number
  /** Nearest block-level element containing the run. */
  owner: Element
  /** Children of `owner` that the run is made of, in order. */
  nodes: ElementContent[]
  /** Text nodes of the run, in order (for offset mapping). */
  texts: Text[]
  /** Visible text, whitespace collapsed. */
  text: string
  /** Characters of `text` inside links. */
  linkTextLength: number
  /** Links of the run. */
  anchors: Anchor[]
  /** UTF-16 offset of the run's start in the source. */
  start: number
  /** UTF-16 offset just past the run's end in the source. */
  end: number
  /** Why the run does not show (own element or an ancestor), `null` when visible. */
  hidden: HiddenReason
  /** Whether the run scrolls in a `<marquee>`. */
  marquee: boolean
}

/** Counts of one element's subtree, computed once in the segmentation walk. */
export interface ElementInfo {
  parent: Element | undefined
  depth: number
  /** Pre-order index. */
  order: number
  /** Pre-order index of the last element of the subtree (`order` when it has no element children): the subtree is `order..last`. */
  last: number
  /** Visible text characters in the subtree (hidden parts excluded). */
  textLength: number
  /** Visible text characters inside links. */
  linkTextLength: number
  /** Commas (Latin and CJK) in visible text: a cheap sign of prose. */
  commas: number
  /** Own hidden reason (not inherited). */
  hidden: HiddenReason
  /** `<p>` elements in the subtree. */
  paragraphs: number
  /** `<img>` elements in the subtree. */
  images: number
  /** `<li>` elements in the subtree. */
  listItems: number
  /** Form controls (`input`, `select`, `textarea`, `button`) in the subtree. */
  controls: number
}

/** The segmented page. */
export interface Segmentation {
  tree: Root
  source: string
  blocks: Block[]
  info: Map<Element, ElementInfo>
  attributes: TextAttribute[]
  body: Element | undefined
}

const CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea', 'button'])
/** Whether a UTF-16 code unit is a comma, Latin or CJK (`,` `，` `、`): a cheap sign of prose. */
function isComma(code: number): boolean {
  return code === 44 || code === 0xff0c || code === 0x3001
}

/** Commas (Latin and CJK) in a text, counted without allocating. */
export function countCommas(text: string): number {
  let commas = 0
  for (let i = 0; i < text.length; i++) if (isComma(text.charCodeAt(i))) commas++
  return commas
}

/** Result of {@link measureText}, reused to spare an allocation per text node. */
const measured = {visible: 0, commas: 0}

/**
 * Length of a text with whitespace collapsed and trimmed (what `value.replace(/\s+/g, ' ').trim().length`
 * gives) and its commas (Latin and CJK), in one pass without allocating.
 */
function measureText(value: string): void {
  let visible = 0
  let commas = 0
  let pendingSpace = false
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0 || code === 11) {
      if (visible > 0) pendingSpace = true
      continue
    }
    if (pendingSpace) {
      visible++
      pendingSpace = false
    }
    visible++
    if (isComma(code)) commas++
  }
  measured.visible = visible
  measured.commas = commas
}

interface Run {
  owner: Element
  nodes: ElementContent[]
  texts: Text[]
  parts: string[]
  linkTextLength: number
  anchors: Anchor[]
  hidden: HiddenReason
  marquee: boolean
}

interface Frame {
  node: Root | Element
  index: number
  info: ElementInfo | undefined
  /** Owner of runs for children of this node. */
  owner: Element
  /** Open run of `owner` (shared by inline descendants). */
  run: {current: Run | undefined}
  hidden: HiddenReason
  marquee: boolean
  anchor: Anchor | undefined
  anchorParts: string[] | undefined
}

/**
 * Segment a tree into blocks in one iterative walk (no recursion: 100,000-deep nesting must
 * not overflow the stack), caching per-element counts in a `Map` rather than on the nodes.
 */
export function segment(tree: Root, source: string): Segmentation {
  const blocks: Block[] = []
  const info = new Map<Element, ElementInfo>()
  const attributes: TextAttribute[] = []
  const sheets: string[] = []
  const classed: Element[] = []
  let body: Element | undefined
  let order = 0

  const rootOwner: Element = {type: 'element', tagName: 'body', properties: {}, children: []}
  // Frames are reused level by level (one object per depth, not per element).
  const frames: Frame[] = []
  let size = 0
  const enter = (node: Root | Element, info: ElementInfo | undefined, owner: Element, run: {current: Run | undefined}, hidden: HiddenReason, marquee: boolean, anchor: Anchor | undefined, anchorParts: string[] | undefined): void => {
    const frame = frames[size++]
    if (frame === undefined) {
      frames.push({node, index: 0, info, owner, run, hidden, marquee, anchor, anchorParts})
      return
    }
    frame.node = node
    frame.index = 0
    frame.info = info
    frame.owner = owner
    frame.run = run
    frame.hidden = hidden
    frame.marquee = marquee
    frame.anchor = anchor
    frame.anchorParts = anchorParts
  }
  enter(tree, undefined, rootOwner, {current: undefined}, null, false, undefined, undefined)

  const closeRun = (holder: {current: Run | undefined}): void => {
    const run = holder.current
    holder.current = undefined
    if (!run) return
    const text = collapseWhitespace(run.parts.join(''))
    if (text.length === 0) return
    const first = run.nodes[0]
    const last = run.nodes[run.nodes.length - 1]
    const start = first?.position?.start.offset ?? run.texts[0]?.position?.start.offset ?? 0
    const end = last?.position?.end.offset ?? run.texts[run.texts.length - 1]?.position?.end.offset ?? start
    blocks.push({
      index: blocks.length,
      owner: run.owner,
      nodes: run.nodes,
      texts: run.texts,
      text,
      linkTextLength: run.linkTextLength,
      anchors: run.anchors,
      start,
      end: Math.max(end, start),
      hidden: run.hidden,
      marquee: run.marquee
    })
  }

  const openRun = (frame: Frame): Run => {
    let run = frame.run.current
    if (!run) {
      run = {owner: frame.owner, nodes: [], texts: [], parts: [], linkTextLength: 0, anchors: [], hidden: frame.hidden, marquee: frame.marquee}
      frame.run.current = run
    }
    return run
  }

  while (size > 0) {
    const frame = frames[size - 1]!
    const node = frame.node
    if (frame.index >= node.children.length) {
      // Exit.
      size--
      if (node.type === 'element') {
        if (BLOCK_TAGS.has(node.tagName)) closeRun(frame.run)
        if (frame.anchor && frame.anchorParts) {
          frame.anchor.text = collapseWhitespace(frame.anchorParts.join(''))
        }
        const own = frame.info
        if (own) own.last = order - 1
        if (own?.parent) {
          const parentInfo = info.get(own.parent)
          if (parentInfo) {
            parentInfo.textLength += own.textLength
            parentInfo.linkTextLength += own.linkTextLength
            parentInfo.commas += own.commas
            parentInfo.paragraphs += own.paragraphs
            parentInfo.images += own.images
            parentInfo.listItems += own.listItems
            parentInfo.controls += own.controls
          }
        }
      } else {
        closeRun(frame.run)
      }
      continue
    }

    const child = node.children[frame.index++]!
    const ownerIsParent = node === frame.owner || node.type === 'root'

    if (child.type === 'text') {
      const value = child.value
      if (value.length === 0) continue
      const run = openRun(frame)
      if (ownerIsParent) run.nodes.push(child)
      run.texts.push(child)
      // Raw values: whitespace is collapsed once per run and per anchor, not per node.
      run.parts.push(value)
      if (frame.anchorParts) frame.anchorParts.push(value)
      measureText(value)
      const visible = measured.visible
      if (visible > 0 && frame.info && !frame.hidden) {
        frame.info.textLength += visible
        frame.info.commas += measured.commas
        if (frame.anchor) frame.info.linkTextLength += visible
      }
      if (frame.anchor) run.linkTextLength += visible
      continue
    }
    if (child.type !== 'element') continue

    const tag = child.tagName
    if (tag === 'style') {
      for (const t of child.children) if (t.type === 'text') sheets.push(t.value)
      continue
    }
    if (tag === 'body' && !body) body = child
    if (tag === 'img' || tag === 'area') collectAttributes(child, attributes)
    if (SKIP_TAGS.has(tag)) {
      if (CONTROL_TAGS.has(tag) && frame.info) frame.info.controls++
      continue
    }

    const parentElement = node.type === 'element' ? node : undefined
    const ownHidden = ownHiddenReason(child, undefined)
    const elementInfo: ElementInfo = {
      parent: parentElement,
      depth: size,
      order: order,
      last: order++,
      textLength: 0,
      linkTextLength: 0,
      commas: 0,
      hidden: ownHidden,
      paragraphs: tag === 'p' ? 1 : 0,
      images: 0,
      listItems: tag === 'li' ? 1 : 0,
      controls: 0
    }
    info.set(child, elementInfo)
    const props = child.properties
    if (props['className'] !== undefined || props['id'] !== undefined) classed.push(child)
    if (typeof props['title'] === 'string' && props['title'].length > 0) collectAttributes(child, attributes)

    const hidden = frame.hidden ?? ownHidden
    const marquee = frame.marquee || tag === 'marquee'
    const isBlock = BLOCK_TAGS.has(tag)
    let anchor = frame.anchor
    let anchorParts = frame.anchorParts
    if (tag === 'a' && !frame.anchor && !isLayoutAnchor(child)) {
      const href = props['href']
      anchor = {
        element: child,
        href: typeof href === 'string' ? href : '',
        text: '',
        start: child.position?.start.offset ?? 0,
        end: child.position?.end.offset ?? 0
      }
      anchorParts = []
    }

    if (isBlock) {
      closeRun(frame.run)
      enter(child, elementInfo, child, {current: undefined}, hidden, marquee, anchor, anchorParts)
    } else {
      if (tag === 'br' || tag === 'img') {
        // Void elements: no frame is pushed, so count them into the parent here.
        if (tag === 'img' && frame.info) frame.info.images++
        const run = openRun(frame)
        if (ownerIsParent) run.nodes.push(child)
        run.parts.push(' ')
        continue
      }
      const run = openRun(frame)
      if (ownerIsParent) run.nodes.push(child)
      if (anchor && anchor !== frame.anchor) run.anchors.push(anchor)
      if (hidden && !run.hidden) run.hidden = hidden
      if (marquee) run.marquee = true
      enter(child, elementInfo, frame.owner, frame.run, hidden, marquee, anchor, anchorParts)
    }
  }

  applyStyleRules(sheets, classed, info, blocks)
  separateRanges(blocks)
  return {tree, source, blocks, info, attributes, body}
}

/**
 * An `<a>` spanning this much source and holding block elements is a layout wrapper (or markup
 * broken by an unclosed attribute quote), not a link: its text is not counted as link text.
 */
const LAYOUT_ANCHOR_SOURCE_CHARS = 3000

function isLayoutAnchor(element: Element): boolean {
  const start = element.position?.start.offset
  const end = element.position?.end.offset
  // No position: a copy the parser made while recovering from misnested tags, not a link of the page.
  const span = start === undefined || end === undefined ? Infinity : end - start
  if (span < LAYOUT_ANCHOR_SOURCE_CHARS) return false
  for (const child of element.children) if (child.type === 'element' && BLOCK_TAGS.has(child.tagName)) return true
  return false
}

/**
 * Make block ranges disjoint. A run spans its first node's start to its last node's end; when
 * that node is an inline element holding a block (`<span><a>…</a><div>…</div></span>`), or when
 * the parser moved text out of a table (foster parenting), the range would cover another block.
 * In source order, each range is cut at the next one's start and begins no earlier than the
 * previous one's end.
 */
export function separateRanges(ranges: ReadonlyArray<{start: number; end: number}>): void {
  const order = ranges.slice().sort((x, y) => x.start - y.start || x.end - y.end)
  let previousEnd = -1
  for (let i = 0; i < order.length; i++) {
    const block = order[i]!
    if (block.start < previousEnd) block.start = previousEnd
    const next = order[i + 1]
    if (next && block.end > next.start) block.end = Math.max(block.start, next.start)
    if (block.end < block.start) block.end = block.start
    previousEnd = block.end
  }
}

/** Record `alt`/`title` attribute text of an element. */
function collectAttributes(element: Element, out: TextAttribute[]): void {
  const start = element.position?.start.offset ?? 0
  const end = element.position?.end.offset ?? start
  for (const name of ['alt', 'title'] as const) {
    const value = element.properties[name]
    if (typeof value === 'string' && value.trim().length > 0) out.push({element, name, value, start, end})
  }
}

/** Mark blocks hidden by the page's own `<style>` rules (class or id selectors). */
function applyStyleRules(sheets: string[], classed: Element[], info: Map<Element, ElementInfo>, blocks: Block[]): void {
  if (sheets.length === 0) return
  const rules = readHidingRules(sheets)
  if (rules.classes.size === 0 && rules.ids.size === 0) return
  const hiddenElements = new Set<Element>()
  for (const element of classed) {
    const reason = ownHiddenReason(element, rules)
    if (reason === 'style-rule') {
      hiddenElements.add(element)
      const own = info.get(element)
      if (own && !own.hidden) own.hidden = reason
    }
  }
  if (hiddenElements.size === 0) return
  for (const block of blocks) {
    if (block.hidden) continue
    let element: Element | undefined = block.owner
    const firstInline = block.nodes.find((n): n is Element => n.type === 'element')
    if (firstInline && hiddenElements.has(firstInline)) {
      block.hidden = 'style-rule'
      continue
    }
    while (element) {
      if (hiddenElements.has(element)) {
        block.hidden = 'style-rule'
        break
      }
      element = info.get(element)?.parent
    }
  }
}
