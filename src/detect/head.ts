import type {Element, Root} from 'hast'
import type {Segmentation, TextAttribute} from '../segment/blocks.js'
import type {Evidence, FindingKind, Match} from '../types.js'
import type {Finding} from './detect.js'
import {dominantCategory, withConfirmedFuzzy} from './detect.js'
import type {Matcher, TermHit} from './matcher.js'
import {levelOf} from './score.js'
import {clamp01, round, type PageContext} from './signals/signal.js'

/**
 * Score per distinct strong term in a place that search engines weigh highest and readers
 * rarely see written out: two strong terms in a `<title>` or meta tag make `medium`, three `high`.
 */
const HEAD_STRONG_TERM_SCORE = 0.25
/** Score per distinct weak (severity 1) term there: honest headlines use such words. */
const HEAD_WEAK_TERM_SCORE = 0.06
/**
 * A title or description whose terms the article itself discusses (a casino-licensing story, a
 * court case about an adult site) is on topic: its score is multiplied by this.
 */
const ON_TOPIC_FACTOR = 0.3
/** Share of the head's terms found in the honest article that makes it on topic. */
const ON_TOPIC_SHARE = 0.5
/** Image `alt`/`title` attributes weigh less than the head: one strong term stays `low`. */
const ATTRIBUTE_FACTOR = 0.8
/** Score of a link hidden on one character or a pixel that points to another site. */
const HIDDEN_LINK_SCORE = 0.3
/** Extra score of such a link per strong term in its text, `title` or URL. */
const HIDDEN_LINK_TERM_SCORE = 0.2
/** Longest visible text of a link "hidden on one character". */
const TINY_LINK_CHARS = 1
/** Inline sizes at most this many pixels hide a link. */
const TINY_PX = 1
/** Longest attribute value read: a megabyte of `alt` text gains nothing over its start. */
const MAX_ATTRIBUTE_LENGTH = 10_000

const TINY_STYLE = /(?:^|;)\s*(?:font-size|width|height|line-height)\s*:\s*([0-9.]+)px/gi
const META_NAMES: ReadonlySet<string> = new Set(['keywords', 'description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'])

/** Findings outside the body text: title, meta, image attributes, hidden links. */
export function headFindings(segmentation: Segmentation, matcher: Matcher, page: PageContext, articleTerms: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = []
  for (const element of headElements(segmentation.tree)) {
    if (element.tagName === 'title') {
      const text = textOf(element)
      const child = element.children[0]
      const base = child?.position?.start.offset ?? element.position?.start.offset ?? 0
      const exact = child?.position && child.position.end.offset! - child.position.start.offset! === text.length
      pushTermFinding(findings, 'title', element, text, matcher, 1, articleTerms, exact ? base : undefined)
    } else if (element.tagName === 'meta') {
      const name = String(element.properties['name'] ?? element.properties['property'] ?? '').toLowerCase()
      const content = element.properties['content']
      if (META_NAMES.has(name) && typeof content === 'string') pushTermFinding(findings, 'meta', element, content, matcher, 1, articleTerms, undefined, `meta ${name}`)
    }
  }
  for (const attribute of withExactTerms(segmentation.attributes, matcher)) {
    pushTermFinding(findings, 'attribute', attribute.element, attribute.value, matcher, ATTRIBUTE_FACTOR, articleTerms, undefined, `${attribute.element.tagName} ${attribute.name}`)
  }
  for (const block of segmentation.blocks) {
    for (const anchor of block.anchors) {
      const host = page.foreignHost(anchor.href)
      if (host === undefined) continue
      // An icon link (`<a><svg/></a>`, `<a><i class="icon"></i></a>`) has no text but shows: only
      // a bare text link on a character or nothing is hidden.
      const bare = anchor.element.children.every((c) => c.type === 'text')
      const tinyText = bare && anchor.text.replace(/\s+/g, '').length <= TINY_LINK_CHARS
      const tinyStyle = isTinyStyle(anchor.element.properties['style'])
      if (!tinyText && !tinyStyle) continue
      const title = typeof anchor.element.properties['title'] === 'string' ? String(anchor.element.properties['title']) : ''
      const hits = withConfirmedFuzzy(matcher.find(`${anchor.text} ${title} ${decodeUrl(anchor.href)}`))
      const strong = new Set(hits.filter((h) => h.severity >= 2).map((h) => h.term)).size
      const score = round(clamp01(HIDDEN_LINK_SCORE + strong * HIDDEN_LINK_TERM_SCORE), 3)
      const reasons: Evidence[] = [{
        signal: 'hidden-link',
        value: anchor.text.length,
        weight: HIDDEN_LINK_SCORE,
        detail: `link to ${host} on ${tinyStyle ? 'a pixel-sized element' : `${anchor.text.length} visible character(s)`}`
      }]
      if (strong > 0) reasons.push({signal: 'distinct-terms', value: strong, weight: round(strong * HIDDEN_LINK_TERM_SCORE, 3), detail: `${strong} strong terms in the link's text, title or URL`})
      findings.push({
        kind: 'hidden-link',
        start: anchor.start,
        end: anchor.end,
        score,
        level: levelOf(score),
        category: dominantCategory(hits.map(toMatch(anchor.start, anchor.end))),
        reasons,
        matches: hits.map(toMatch(anchor.start, anchor.end)),
        text: anchor.text,
        blocks: []
      })
    }
  }
  return findings
}

/**
 * The attributes that hold an exact term, found in one pass over all of them (a page has hundreds
 * of `alt` texts; near-misses alone never make a finding, so they need no search here).
 */
function withExactTerms(attributes: readonly TextAttribute[], matcher: Matcher): TextAttribute[] {
  if (attributes.length === 0) return []
  const SEPARATOR = '\u2029'
  const starts: number[] = []
  let offset = 0
  const parts = attributes.map((a) => {
    const value = a.value.length > MAX_ATTRIBUTE_LENGTH ? a.value.slice(0, MAX_ATTRIBUTE_LENGTH) : a.value
    starts.push(offset)
    offset += value.length + SEPARATOR.length
    return value
  })
  const out = new Set<TextAttribute>()
  let index = 0
  for (const hit of matcher.find(parts.join(SEPARATOR), {fuzzy: false})) {
    while (index + 1 < starts.length && starts[index + 1]! <= hit.start) index++
    out.add(attributes[index]!)
  }
  return attributes.filter((a) => out.has(a))
}

function pushTermFinding(
  out: Finding[],
  kind: FindingKind,
  element: Element,
  rawText: string,
  matcher: Matcher,
  factor: number,
  articleTerms: ReadonlySet<string>,
  base: number | undefined,
  label: string = kind
): void {
  const text = rawText.length > MAX_ATTRIBUTE_LENGTH ? rawText.slice(0, MAX_ATTRIBUTE_LENGTH) : rawText
  const hits = withConfirmedFuzzy(matcher.find(text))
  if (hits.length === 0) return
  const strong = new Set<string>()
  const weak = new Set<string>()
  for (const hit of hits) (hit.severity >= 2 ? strong : weak).add(hit.term)
  let shared = 0
  for (const term of [...strong, ...weak]) if (articleTerms.has(term)) shared++
  const onTopic = shared >= (strong.size + weak.size) * ON_TOPIC_SHARE
  const raw = (strong.size * HEAD_STRONG_TERM_SCORE + weak.size * HEAD_WEAK_TERM_SCORE) * factor
  const score = round(clamp01(onTopic ? raw * ON_TOPIC_FACTOR : raw), 3)
  const level = levelOf(score)
  if (level === 'none') return
  const start = element.position?.start.offset ?? 0
  const end = element.position?.end.offset ?? start
  const matches = hits.map((hit) => base === undefined ? toMatch(start, end)(hit) : {term: hit.term, category: hit.category, lang: hit.lang, start: base + hit.start, end: base + hit.end})
  out.push({
    kind,
    start,
    end,
    score,
    level,
    category: dominantCategory(matches),
    reasons: [
      {
        signal: 'head-terms',
        value: strong.size + weak.size,
        weight: round(clamp01(raw), 3),
        detail: `${strong.size} strong and ${weak.size} weak spam terms in the ${label}: ${[...strong, ...weak].slice(0, 8).join(', ')}`
      },
      ...(onTopic
        ? [{signal: 'on-topic', value: shared, weight: round(score - clamp01(raw), 3), detail: `${shared} of these terms are the article's own topic`}]
        : [])
    ],
    matches,
    text,
    blocks: []
  })
}

function toMatch(start: number, end: number): (hit: TermHit) => Match {
  return (hit) => ({term: hit.term, category: hit.category, lang: hit.lang, start, end})
}

/** `<title>` and `<meta>` elements of the document's head (and stray ones in the body). */
function headElements(tree: Root): Element[] {
  const out: Element[] = []
  const html = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html')
  const head = html?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'head')
  if (!head) return out
  for (const child of head.children) {
    if (child.type === 'element' && (child.tagName === 'title' || child.tagName === 'meta')) out.push(child)
  }
  return out
}

function textOf(element: Element): string {
  let text = ''
  for (const child of element.children) if (child.type === 'text') text += child.value
  return text
}

function isTinyStyle(style: unknown): boolean {
  if (typeof style !== 'string' || style.length === 0) return false
  TINY_STYLE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = TINY_STYLE.exec(style.slice(0, 2000)))) if (Number(match[1]) <= TINY_PX) return true
  return false
}

function decodeUrl(href: string): string {
  const clipped = href.slice(0, 2000)
  try {
    return decodeURIComponent(clipped).replace(/[-_/.+]/g, ' ')
  } catch {
    return clipped.replace(/[-_/.+]/g, ' ')
  }
}
