import type {Element} from 'hast'
import {nearestAncestor} from '../segment/ancestors.js'
import {countCommas, type Block, type ElementInfo, type Segmentation} from '../segment/blocks.js'
import {BOILERPLATE_ROLES, BOILERPLATE_TAGS, MAYBE_NAMES, NEGATIVE_NAMES, POSITIVE_NAMES, UNLIKELY_NAMES, classAndId} from './vocabulary.js'

/** Shortest paragraph that votes for its container: shorter runs are labels, buttons, dates. */
export const MIN_PARAGRAPH_CHARS = 25
/** Characters of prose per extra point, as in Readability (one point per 100 characters). */
export const CHARS_PER_POINT = 100
/** Cap on length points, so one giant block cannot outvote many paragraphs. */
export const MAX_LENGTH_POINTS = 3
/**
 * Weight of one Han/Kana/Hangul character against one Latin character: CJK text carries a word
 * in 1–2 characters where English needs ~6 with its space, so 3 keeps thresholds comparable.
 */
export const CJK_CHAR_WEIGHT = 3
/** How many ancestor levels a paragraph's score reaches (Readability's default). */
export const ANCESTOR_LEVELS = 5
/** Bonus or penalty of a container whose class/id names content or template parts. */
export const CLASS_WEIGHT = 25

/**
 * Length of a text with CJK characters (kana, Han, Hangul syllables, compatibility ideographs)
 * weighted as Latin words. A loop over code units: `match(/…/g)` made an array of one string per
 * CJK character, whose garbage grew faster than the text on multi-megabyte blocks.
 */
export function effectiveLength(text: string): number {
  let cjk = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x3040) continue
    if (code <= 0x30ff || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)) cjk++
  }
  return text.length + cjk * (CJK_CHAR_WEIGHT - 1)
}

/** Class/id weight of an element: +25 for content names, −25 for template names. */
export function classWeight(element: Element, enabled = true): number {
  if (!enabled) return 0
  const names = classAndId(element.properties)
  if (names.length === 0) return 0
  let weight = 0
  if (NEGATIVE_NAMES.test(names)) weight -= CLASS_WEIGHT
  if (POSITIVE_NAMES.test(names)) weight += CLASS_WEIGHT
  return weight
}

/** Base score of a container by its tag (Readability's `_initializeNode`). */
function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

/** Tags whose runs count as paragraphs when scoring containers. */
const PARAGRAPH_OWNERS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'div', 'section', 'article', 'main', 'blockquote', 'font', 'center', 'dd', 'body'])

/** Ancestor tests, memoised per element. */
export class Context {
  readonly info: Map<Element, ElementInfo>
  private readonly unlikely = new Map<Element, Element | null>()
  private readonly template = new Map<Element, Element | null>()

  constructor(segmentation: Segmentation) {
    this.info = segmentation.info
  }

  parent(element: Element): Element | undefined {
    return this.info.get(element)?.parent
  }

  /** Whether the element or an ancestor is an unlikely candidate by class/id (Readability's rule). */
  isUnlikely(element: Element): boolean {
    return nearestAncestor(element, (e) => this.parent(e), this.unlikely, (e) => (ownUnlikely(e) ? e : null)) !== null
  }

  /** Nearest template-part ancestor-or-self (nav, aside, footer, form, boilerplate role), or `null`. */
  templateAncestor(element: Element): Element | null {
    return nearestAncestor(element, (e) => this.parent(e), this.template, (e) => (isTemplatePart(e) ? e : null))
  }


}

function ownUnlikely(element: Element): boolean {
  const tag = element.tagName
  if (tag === 'body' || tag === 'html' || tag === 'a' || tag === 'article' || tag === 'main') return false
  const names = classAndId(element.properties)
  const role = element.properties['role']
  if (typeof role === 'string' && BOILERPLATE_ROLES.has(role)) return true
  if (names.length === 0) return false
  return UNLIKELY_NAMES.test(names) && !MAYBE_NAMES.test(names)
}

function isTemplatePart(element: Element): boolean {
  if (BOILERPLATE_TAGS.has(element.tagName)) return true
  const role = element.properties['role']
  return typeof role === 'string' && BOILERPLATE_ROLES.has(role)
}

/** Link density of an element: share of its visible text inside links. */
export function linkDensity(info: ElementInfo | undefined): number {
  if (!info || info.textLength === 0) return 0
  return info.linkTextLength / info.textLength
}

/** Link density of a block. */
export function blockLinkDensity(block: Block): number {
  return block.text.length === 0 ? 0 : Math.min(1, block.linkTextLength / block.text.length)
}

/**
 * Switches of one extraction attempt. Like Readability, a page whose first attempt yields too
 * little text is tried again with the riskier heuristics turned off, one at a time.
 */
export interface ExtractFlags {
  /** Ignore paragraphs inside unlikely-named or template parts. */
  stripUnlikely: boolean
  /** Let class/id names raise or lower container scores. */
  weightClasses: boolean
  /** Drop negative-named and link-heavy parts inside the article. */
  cleanConditionally: boolean
}

/** Container scores of a page. */
export interface CandidateScores {
  /** Final score per scored container (after link-density scaling). */
  scores: Map<Element, number>
  /** The {@link RANKED_CANDIDATES} best containers, best first. */
  ranking: Element[]
}

/**
 * Containers ranked: the best and the runner-ups Readability's refinement looks at (four). Only
 * these are ordered: sorting every scored container (a link farm of 135,000 items scores each
 * item) cost n log n per extraction attempt.
 */
export const RANKED_CANDIDATES = 5

/**
 * Score containers by the paragraphs they hold (Readability's content score): every visible
 * prose run adds `1 + commas + min(length / 100, 3)` to its ancestors, halving with distance;
 * containers start from their tag and class weight and are scaled by `1 − link density`.
 */
export function scoreCandidates(segmentation: Segmentation, context: Context, skip: ReadonlySet<Block>, flags: ExtractFlags): CandidateScores {
  const raw = new Map<Element, number>()
  for (const block of segmentation.blocks) {
    if (block.hidden || skip.has(block)) continue
    const owner = block.owner
    if (!PARAGRAPH_OWNERS.has(owner.tagName)) continue
    const length = effectiveLength(block.text)
    if (length < MIN_PARAGRAPH_CHARS) continue
    if (flags.stripUnlikely && (context.isUnlikely(owner) || context.templateAncestor(owner))) continue
    const commas = countCommas(block.text)
    const score = 1 + commas + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS)
    let ancestor = context.parent(owner)
    // A run directly inside a div/section/article is itself a paragraph of that container.
    if (owner.tagName !== 'p' && owner.tagName !== 'pre' && owner.tagName !== 'td' && owner.tagName !== 'font') ancestor = owner
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++) {
      if (ancestor.tagName === 'html') break
      if (!raw.has(ancestor)) raw.set(ancestor, tagWeight(ancestor.tagName) + classWeight(ancestor, flags.weightClasses))
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      raw.set(ancestor, raw.get(ancestor)! + score / divider)
      ancestor = context.parent(ancestor)
    }
  }
  const scores = new Map<Element, number>()
  for (const [element, score] of raw) {
    scores.set(element, score * (1 - linkDensity(context.info.get(element))))
  }
  return {scores, ranking: bestOf(scores, context, RANKED_CANDIDATES)}
}

/** The `count` best-scored elements, best first; equal scores in document order. One pass, no full sort. */
function bestOf(scores: Map<Element, number>, context: Context, count: number): Element[] {
  const best: Element[] = []
  const bestScores: number[] = []
  const bestOrders: number[] = []
  for (const [element, score] of scores) {
    const order = context.info.get(element)!.order
    // Position among the best (after those scoring higher, or equal and earlier).
    let at = best.length
    while (at > 0 && (bestScores[at - 1]! < score || (bestScores[at - 1] === score && bestOrders[at - 1]! > order))) at--
    if (at >= count) continue
    best.splice(at, 0, element)
    bestScores.splice(at, 0, score)
    bestOrders.splice(at, 0, order)
    if (best.length > count) {
      best.pop()
      bestScores.pop()
      bestOrders.pop()
    }
  }
  return best
}
