import type {Unit} from '../units.js'
import type {TermHit} from '../matcher.js'
import type {TextProfile} from '../text-profile.js'

/**
 * Signals come in two groups. `form` says a block has the shape of an injection (many short
 * links, hidden, after the article); menus and footers share that shape, so the form group is
 * capped below `medium`. `content` says what the block is about (spam vocabulary, a script or
 * language foreign to the page, keyword repetition); only content takes a block higher.
 */
export type SignalGroup = 'form' | 'content'

/** What the page around a unit looks like. */
export interface PageContext {
  /** Profile of the article's text (or of the whole page when no article was found). */
  article: TextProfile
  /** Content tokens of the article, for topic overlap. */
  articleTokens: ReadonlySet<string>
  /** Whether the article has enough text for script and topic comparisons. */
  articleKnown: boolean
  /** Source offset where the article ends (`-1` when there is none). */
  articleEnd: number
  /** Source offset where the article starts. */
  articleStart: number
  /** Hosts that count as the site's own. */
  siteHosts: ReadonlySet<string>
  /** Hosts the user allows (with their subdomains). */
  allowDomains: readonly string[]
  /**
   * Host of a link to another site (not the site's own, not allowed, not a share or social host),
   * or `undefined`; answered once per distinct URL of the page.
   */
  foreignHost(href: string): string | undefined
}

/** A unit with the features every signal reads, computed once. */
export interface UnitFeatures {
  unit: Unit
  hits: TermHit[]
  profile: TextProfile
  /** Content tokens (words, or character pairs for CJK), in order. */
  tokens: string[]
  /** The distinct tokens (one set per unit, shared by the signals that need it). */
  distinctTokens: ReadonlySet<string>
  /** Whether the unit is inside the article's containers. */
  inArticle: boolean
  /** Whether the unit sits in a footer-like part of the page. */
  inFooter: boolean
}

/** One measured signal. */
export interface Measure {
  /** Raw value (unit depends on the signal). */
  value: number
  /** Strength 0–1 (may be negative for signals that speak against spam). */
  strength: number
  detail: string
}

/** A signal: a name, a group, a weight and a measurement. */
export interface Signal {
  name: string
  group: SignalGroup
  /** Contribution to the block score at full strength. */
  weight: number
  measure(features: UnitFeatures, page: PageContext): Measure | null
}

/** Clamp to 0–1. */
export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value
}

/** Round for display in reasons. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
