import type {Element} from 'hast'
import {separateRanges, type Segmentation, type Block} from '../segment/blocks.js'
import type {Category, FlaggedBlock, Match} from '../types.js'
import type {ArticleSelection} from '../extract/article.js'
import {classAndId} from '../extract/vocabulary.js'
import {blockOffsets} from './offsets.js'
import type {Matcher, TermHit} from './matcher.js'
import {isTraditionalHan} from './normalize.js'
import {LEVEL_RANK, levelOf, scoreUnit} from './score.js'
import {foreignHostLookup, hostOf} from './signals/external-domains.js'
import type {PageContext, UnitFeatures} from './signals/signal.js'
import {mergeProfiles, profileText} from './text-profile.js'
import {contentTokens} from './tokens.js'
import {groupUnits, type Unit} from './units.js'
import {headFindings} from './head.js'
import {nearestAncestor} from '../segment/ancestors.js'

/** A scored part of the page, before the report is made (`removed` is known only then). */
export interface Finding extends Omit<FlaggedBlock, 'removed'> {
  /** Blocks of the finding (empty for head and attribute findings). */
  blocks: Block[]
}

/** Fewest letters of article text for script and topic comparisons. */
const MIN_ARTICLE_LETTERS = 200
/** Names of page footers. */
const FOOTER_NAMES = /footer|copyright|bottom|foot\b|site-info|colophon/

/** Score every unit of the page and the head; return findings at `low` or above. */
export function detect(segmentation: Segmentation, selection: ArticleSelection, matcher: Matcher, options: {url: string | undefined; allowDomains: string[]}): Finding[] {
  const inArticle = new Set(selection.kept)
  const footerMemo = new Map<Element, Element | null>()
  const units = groupUnits(segmentation.blocks, segmentation.info)
  const blockHits = findInBlocks(segmentation.blocks, matcher)
  addConfirmedNearMisses(units, blockHits, matcher)
  // 1. Features of every unit, computed once.
  const measured: Array<{features: UnitFeatures; matches: Match[]}> = []
  for (const unit of units) {
    const hits = findInUnit(unit, blockHits)
    const tokens = contentTokens(unit.text)
    measured.push({
      features: {
        unit,
        hits: hits.map((h) => h.hit),
        profile: profileText(unit.text, isTraditionalHan),
        tokens,
        distinctTokens: new Set(tokens),
        inArticle: unit.blocks.some((b) => inArticle.has(b)),
        inFooter: inFooter(unit.blocks[0]!.owner, segmentation, footerMemo)
      },
      matches: hits.map((h) => h.match)
    })
  }
  // 2. The article, from the features of its units.
  const page = pageContext(segmentation, selection, measured.map((m) => m.features), options)
  // 3. Scores. Terms the honest article uses make a title or description naming them on topic.
  const findings: Finding[] = []
  const articleTerms = new Set<string>()
  for (const {features, matches} of measured) {
    const {score, reasons} = scoreUnit(features, page)
    const level = levelOf(score)
    if (features.inArticle && LEVEL_RANK[level] < LEVEL_RANK.medium) for (const hit of features.hits) articleTerms.add(hit.term)
    if (level === 'none') continue
    const unit = features.unit
    findings.push({
      kind: 'block',
      start: unit.start,
      end: unit.end,
      score,
      level,
      category: dominantCategory(matches),
      reasons,
      matches,
      text: unit.text,
      blocks: unit.blocks
    })
  }
  // Units are runs of blocks in document order; text the parser moved (foster parenting) can make
  // their source ranges overlap, so cut them as the blocks' own ranges are.
  separateRanges(findings)
  for (const finding of headFindings(segmentation, matcher, page, articleTerms)) findings.push(finding)
  findings.sort((a, b) => a.start - b.start || a.end - b.end)
  return findings
}

/**
 * Keep fuzzy hits only beside an exact strong hit: a near-miss confirms spam vocabulary, it never
 * starts a finding (`Sports` is one edit from `scorts`, `Videos` from `xvideos`).
 */
export function withConfirmedFuzzy<T extends {fuzzy?: boolean; severity: number}>(hits: T[]): T[] {
  if (!hits.some((h) => h.fuzzy)) return hits
  const confirmed = hits.some((h) => !h.fuzzy && h.severity >= MIN_CONFIRMING_SEVERITY)
  return confirmed ? hits : hits.filter((h) => !h.fuzzy)
}

/** Severity of an exact hit that lets fuzzy hits in the same place count. */
const MIN_CONFIRMING_SEVERITY = 2

/** Block separator in the page text matched at once: a paragraph separator, never part of a term. */
const BLOCK_SEPARATOR = '\u2029'

/**
 * Terms of every block, found in one pass over the page's text (one `find` call per page rather
 * than per block: the matcher's set-up cost is paid once). A hit across two blocks is dropped.
 * Offsets of the hits are made relative to their block's text.
 */
function findInBlocks(blocks: readonly Block[], matcher: Matcher): Map<Block, TermHit[]> {
  const out = new Map<Block, TermHit[]>()
  let first = 0
  while (first < blocks.length) {
    // Blocks first..last-1 make one piece of at least FIND_PIECE_CHARS (or the rest of the page).
    let last = first
    let length = 0
    while (last < blocks.length && (last === first || length < FIND_PIECE_CHARS)) length += blocks[last++]!.text.length + BLOCK_SEPARATOR.length
    findInPiece(blocks, first, last, matcher, out)
    first = last
  }
  return out
}

/**
 * Characters of block text matched in one `find` call at least (whole blocks, so a piece can be
 * longer). Per call costs a little, so blocks are joined; but the matcher's buffers grow with its
 * input, and the whole text of a 10 MB page at once ran out of the processor's caches (the
 * normaliser 5× slower per character than on a 20 KB page). 64 K characters keep them in cache.
 */
const FIND_PIECE_CHARS = 65_536

/** Exact hits in `blocks[first..last)`, joined with separators and matched at once, into `out`. */
function findInPiece(blocks: readonly Block[], first: number, last: number, matcher: Matcher, out: Map<Block, TermHit[]>): void {
  const starts = new Int32Array(last - first)
  const parts: string[] = []
  let offset = 0
  for (let i = first; i < last; i++) {
    starts[i - first] = offset
    parts.push(blocks[i]!.text)
    offset += blocks[i]!.text.length + BLOCK_SEPARATOR.length
  }
  // Near-misses only count beside an exact strong hit (withConfirmedFuzzy), so they are looked
  // for later, in the units that have one.
  const hits = matcher.find(parts.join(BLOCK_SEPARATOR), {fuzzy: false})
  let index = 0
  for (const hit of hits) {
    while (index + 1 < starts.length && starts[index + 1]! <= hit.start) index++
    const block = blocks[first + index]!
    const base = starts[index]!
    if (hit.end > base + block.text.length) continue
    let list = out.get(block)
    if (!list) out.set(block, (list = []))
    list.push({...hit, start: hit.start - base, end: hit.end - base})
  }
}

/** Search the blocks of units that hold an exact strong hit again, near-misses included. */
function addConfirmedNearMisses(units: readonly Unit[], blockHits: Map<Block, TermHit[]>, matcher: Matcher): void {
  for (const unit of units) {
    const confirmed = unit.blocks.some((b) => blockHits.get(b)?.some((h) => h.severity >= MIN_CONFIRMING_SEVERITY))
    if (!confirmed) continue
    for (const block of unit.blocks) {
      const hits = matcher.find(block.text)
      if (hits.length > 0) blockHits.set(block, hits)
    }
  }
}

/** Terms of a unit with their source offsets. */
function findInUnit(unit: Unit, blockHits: ReadonlyMap<Block, TermHit[]>): Array<{hit: TermHit; match: Match}> {
  const found = collectHits(unit, blockHits)
  const kept = new Set(withConfirmedFuzzy(found.map((f) => f.hit)))
  return found.filter((f) => kept.has(f.hit))
}

function collectHits(unit: Unit, blockHits: ReadonlyMap<Block, TermHit[]>): Array<{hit: TermHit; match: Match}> {
  const out: Array<{hit: TermHit; match: Match}> = []
  for (const block of unit.blocks) {
    const hits = blockHits.get(block)
    if (!hits) continue
    const offsets = blockOffsets(block)
    for (const hit of hits) {
      const start = offsets[hit.start] ?? block.start
      const endIndex = Math.max(hit.start, hit.end - 1)
      const end = (offsets[endIndex] ?? start) + 1
      out.push({hit, match: {term: hit.term, category: hit.category, lang: hit.lang, start, end: Math.max(end, start)}})
    }
  }
  return out
}

/** The category most matches belong to, weighted by severity; `'unknown'` without matches. */
export function dominantCategory(matches: readonly Match[], severities?: readonly number[]): Category {
  if (matches.length === 0) return 'unknown'
  const counts = new Map<string, number>()
  matches.forEach((m, i) => counts.set(m.category, (counts.get(m.category) ?? 0) + (severities?.[i] ?? 1)))
  let best = 'unknown'
  let most = 0
  for (const [category, count] of counts) {
    if (count > most) {
      best = category
      most = count
    }
  }
  return best
}

/** Characters of article text read for its language. */
const LANGUAGE_SAMPLE_CHARS = 2000

function pageContext(
  segmentation: Segmentation,
  selection: ArticleSelection,
  features: readonly UnitFeatures[],
  options: {url: string | undefined; allowDomains: string[]}
): PageContext {
  const kept = selection.kept
  const profiles = []
  const articleTokens = new Set<string>()
  let sample = ''
  for (const unit of features) {
    if (!unit.inArticle) continue
    profiles.push(unit.profile)
    for (const token of unit.distinctTokens) articleTokens.add(token)
    if (sample.length < LANGUAGE_SAMPLE_CHARS) sample += unit.unit.text + '\n'
  }
  const article = mergeProfiles(profiles, sample)
  const siteHosts = new Set<string>()
  const own = options.url ? hostOf(options.url) : undefined
  if (own) siteHosts.add(own)
  else {
    // Without a URL, the host most linked from the page is the site's own.
    const counts = new Map<string, number>()
    for (const block of segmentation.blocks) {
      for (const anchor of block.anchors) {
        const host = hostOf(anchor.href)
        if (host) counts.set(host, (counts.get(host) ?? 0) + 1)
      }
    }
    let best: string | undefined
    let most = 0
    for (const [host, count] of counts) if (count > most) [best, most] = [host, count]
    if (best && most >= SITE_HOST_MIN_LINKS) siteHosts.add(best)
  }
  const hosts = {siteHosts, allowDomains: options.allowDomains}
  return {
    article,
    articleTokens,
    articleKnown: article.letters >= MIN_ARTICLE_LETTERS,
    articleStart: kept[0]?.start ?? -1,
    articleEnd: lastEnd(kept),
    ...hosts,
    foreignHost: foreignHostLookup(hosts)
  }
}

function lastEnd(blocks: readonly Block[]): number {
  let end = -1
  for (const block of blocks) if (block.end > end) end = block.end
  return end
}

/** A host needs this many links from the page to be taken as the site's own. */
const SITE_HOST_MIN_LINKS = 10

function inFooter(owner: Element, segmentation: Segmentation, memo: Map<Element, Element | null>): boolean {
  return nearestAncestor(owner, (e) => segmentation.info.get(e)?.parent, memo, (e) => (isFooter(e) ? e : null)) !== null
}

function isFooter(element: Element): boolean {
  return element.tagName === 'footer' || element.properties['role'] === 'contentinfo' || FOOTER_NAMES.test(classAndId(element.properties))
}
