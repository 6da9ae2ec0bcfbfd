/**
 * Read article metadata (title, byline, date, site name, language, description) from a parsed page.
 *
 * Sources, most trusted first: JSON-LD, `<meta>` (Open Graph, Twitter, Dublin Core, `name=author|date|…`),
 * microdata (`itemprop`), `<time datetime>`, `rel=author` and byline-classed elements, `<title>`/`<h1>`,
 * `<html lang>`, and last the visible text near the article (`By Jane Doe`, `記者:王嘉偉`,
 * `2023-04-24 09:40:53`, `2023年4月24日`, `April 24, 2023`, `來源:…`).
 *
 * Every scan is bounded: text windows and attribute values are capped and the regular expressions
 * have no nested quantifiers, so huge or hostile pages take linear time.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'
import {collapseWhitespace} from '../segment/collapse-whitespace.js'

/** Metadata of the page; empty strings (and `null` for `published`) when not found. */
export interface Metadata {
  /** Headline, without the site name suffix of `<title>`. */
  title: string
  /** Author(s) as written, without a leading `By` / `記者:`. */
  byline: string
  /** Publication date, ISO 8601: `2023-04-24T09:40:53+08:00`, `2023-04-24T09:40:53` (no zone given) or `2023-04-24`. */
  published: string | null
  /** Name of the publishing site. */
  siteName: string
  /** Declared language (BCP 47), `''` when none. */
  lang: string
  /** Description (summary) of the page. */
  description: string
}

/** Options of {@link readMetadata}. */
export interface ReadMetadataOptions {
  /** The article element (a node of `tree`): visible bylines and dates are looked for in and just before it. */
  article?: Element | undefined
  /** The headline as found by the caller; preferred over `<title>` when `<title>` contains it. */
  headline?: string
}

/** Longest JSON-LD script parsed, in characters (bigger ones are data dumps, not article metadata). */
const MAX_JSON_LD_LENGTH = 1_000_000
/** Most JSON-LD scripts parsed per page. */
const MAX_JSON_LD_SCRIPTS = 50
/** Most JSON-LD objects examined per page (after flattening arrays and `@graph`). */
const MAX_JSON_LD_ITEMS = 2_000
/** Visible text collected from the page, in characters; enough to reach the article on any sane page. */
const MAX_VISIBLE_TEXT = 2_000_000
/** Visible text searched just before the article (dates and bylines sit between headline and body). */
const WINDOW_BEFORE = 2_000
/** Visible text searched at the start of the article. */
const WINDOW_HEAD = 2_000
/** Visible text searched at the end of the article (Chinese news ends with `(記者:…;編輯:…)`). */
const WINDOW_TAIL = 1_000
/** Visible text searched from the headline (or page start) when no article is given. */
const WINDOW_PAGE = 3_000
/** Longest attribute or field value read as a date. */
const MAX_DATE_INPUT = 200
/** Longest value kept for title, byline, site name. */
const MAX_FIELD_LENGTH = 300
/** Longest `<title>` examined for its site suffix. */
const MAX_TITLE_INPUT = 1_000
/** Longest text of a byline-classed element taken as a byline (longer ones are author bios). */
const MAX_BYLINE_ELEMENT_TEXT = 100
/** A site-name part of `<title>` has at most this many words… */
const MAX_SITE_WORDS = 4
/** …or at most this many CJK characters. */
const MAX_SITE_CJK = 10
/** A headline has at least this many words… */
const MIN_HEADLINE_WORDS = 3
/** …or at least this many CJK characters. */
const MIN_HEADLINE_CJK = 4
/** Earliest year accepted for a publication date. */
const MIN_YEAR = 1900
/** Latest year accepted for a publication date. */
const MAX_YEAR = 2100

/** Months by their first three letters. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12
}

/** Month name or abbreviation, one capture group. */
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'

/** Read the metadata of a page. Never throws on messy input. */
export function readMetadata(tree: Root, options?: ReadMetadataOptions): Metadata {
  const page = scan(tree, options?.article)
  const ld = readJsonLd(page.jsonLd)
  const meta = page.meta
  const windows = textWindows(page)

  const siteFromMeta = pickString([ld.siteName, meta.get('og:site_name'), meta.get('application-name')])
  const headline = collapseWhitespace(options?.headline ?? '') || pickHeadline(page)
  const rawTitle = pickString([
    meta.get('og:title'),
    meta.get('twitter:title'),
    meta.get('dc.title'),
    meta.get('headline'),
    page.title
  ])
  // JSON-LD headlines are clean: only a whole-part site name is stripped from them, no short trailing parts.
  const fromLd = pickString([ld.headline])
  const cleaned = cleanTitle(fromLd || rawTitle, headline, siteFromMeta, fromLd === '')
  const title = clip(cleaned.title || headline)

  const source = findSource(windows)
  const siteName = clip(siteFromMeta || cleaned.site || source)

  const byline = clip(
    pickString([
      ld.author,
      ...BYLINE_META.map((key) => bylineValue(meta.get(key))),
      ...page.bylineElements.map((candidate) => bylineValue(candidate.text))
    ]) || findByline(windows)
  )

  let published: string | null = null
  for (const value of [ld.published, ...PUBLISHED_META.map((key) => meta.get(key)), ...page.times]) {
    published = value === undefined ? null : normaliseDate(value)
    if (published) break
  }
  published ??= findDate(windows)

  const lang = pickLang([page.lang, meta.get('content-language'), ld.lang, meta.get('og:locale')])
  const description = pickString([
    ld.description,
    meta.get('og:description'),
    meta.get('description'),
    meta.get('twitter:description'),
    meta.get('dc.description')
  ])

  return {title, byline, published, siteName, lang, description}
}

/* ------------------------------------------------------------------ */
/* One pass over the tree                                               */
/* ------------------------------------------------------------------ */

/** A byline-like element found in the page. */
interface BylineElement {
  text: string
  /** Offset in the visible text where it starts. */
  offset: number
  inArticle: boolean
}

/** A date value of an element. */
interface TimeCandidate {
  value: string
  offset: number
  inArticle: boolean
  /** From `itemprop=datePublished` or `<time pubdate>`. */
  preferred: boolean
}

/** A heading found in the page. */
interface Heading {
  text: string
  offset: number
  inArticle: boolean
}

/** Everything `readMetadata` needs, gathered in one walk. */
interface PageScan {
  /** `<meta>` values by lower-case `name` / `property` / `itemprop` / `http-equiv`; first one wins. */
  meta: Map<string, string>
  /** Raw texts of `<script type="application/ld+json">`. */
  jsonLd: string[]
  /** Text of the first `<title>`. */
  title: string
  /** `lang` of `<html>`. */
  lang: string
  /** `<h1>` texts. */
  headings: Heading[]
  /** Date values of `itemprop=datePublished` elements and `<time datetime>`, best first (ranked after the walk). */
  times: string[]
  /** Date candidates found during the walk. */
  timeCandidates: TimeCandidate[]
  /** Texts of `itemprop=author`, `rel=author` and byline-classed elements, best first. */
  bylineElements: BylineElement[]
  /** Visible text of the body, blocks separated by newlines, capped at {@link MAX_VISIBLE_TEXT}. */
  text: string
  /** Offsets of the article in `text`, when an article was given and reached. */
  articleStart: number | undefined
  articleEnd: number | undefined
}

/** Elements whose content is never visible text. */
const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select',
  'textarea', 'button', 'canvas', 'audio', 'video', 'map'
])

/** Elements that break visible text into lines. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul'
])

/** Class, id or rel tokens of elements holding the byline. */
const BYLINE_TOKEN = /(?:^|[-_\s])(?:byline|author|authors|writer|reporter|dateline-author)(?:$|[-_\s])/i

/** Inline `style` values that hide an element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** Longest inline style inspected. */
const MAX_STYLE_LENGTH = 2_000

/** A property value as one string (`className` and friends are arrays in hast). */
function prop(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  if (Array.isArray(value)) return value.join(' ')
  return String(value)
}

/** Lower-case `itemprop` tokens of an element, `undefined` without the attribute. */
function itemProps(element: Element): string[] | undefined {
  return element.properties['itemProp'] === undefined ? undefined : prop(element, 'itemProp')?.toLowerCase().split(/\s+/)
}

/** Whether a class, id or rel token of an element names a byline (each value tested alone, as tokens never span them). */
function hasBylineToken(element: Element): boolean {
  for (const name of BYLINE_PROPERTIES) {
    const value = prop(element, name)
    if (value && BYLINE_TOKEN.test(value)) return true
  }
  return false
}

const BYLINE_PROPERTIES = ['className', 'id', 'rel'] as const

/** Whether an element is hidden by an attribute or an inline style. */
function hidden(element: Element): boolean {
  if (prop(element, 'hidden') !== undefined) return true
  const style = prop(element, 'style')
  return style !== undefined && style.length <= MAX_STYLE_LENGTH && HIDDEN_STYLE.test(style)
}

/** Most nodes visited when reading the text of a short element (headline, byline, date). */
const MAX_SHORT_TEXT_NODES = 500

/** Text of a (short) element with whitespace collapsed; `''` when its text is longer than `limit`. Bounded work. */
function shortText(node: Element, limit: number): string {
  let text = ''
  let visited = 0
  const stack: Array<ElementContent> = [...node.children].reverse()
  while (stack.length > 0) {
    if (++visited > MAX_SHORT_TEXT_NODES) return ''
    const child = stack.pop() as ElementContent
    if (child.type === 'text') {
      text += child.value
      if (text.length > limit * 4 && collapseWhitespace(text).length > limit) return ''
    } else if (child.type === 'element' && !INVISIBLE.has(child.tagName)) {
      if (child.tagName === 'br') text += ' '
      for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i] as ElementContent)
    }
  }
  const collapsed = collapseWhitespace(text)
  return collapsed.length > limit ? '' : collapsed
}

/** Walk the tree once (iteratively: deep trees do not overflow the stack). */
function scan(tree: Root, article: Element | undefined): PageScan {
  const page: PageScan = {
    meta: new Map(),
    jsonLd: [],
    title: '',
    lang: '',
    headings: [],
    times: [],
    timeCandidates: [],
    bylineElements: [],
    text: '',
    articleStart: undefined,
    articleEnd: undefined
  }
  const pieces: string[] = []
  let length = 0
  let lastNewline = true
  const append = (value: string): void => {
    if (length >= MAX_VISIBLE_TEXT || value === '') return
    // Block boundaries add newlines; one is enough, so windows measure text rather than markup depth.
    if (value === '\n') {
      if (lastNewline) return
      lastNewline = true
    } else lastNewline = value.endsWith('\n')
    const piece = value.length + length > MAX_VISIBLE_TEXT ? value.slice(0, MAX_VISIBLE_TEXT - length) : value
    pieces.push(piece)
    length += piece.length
  }

  /** An element (or the root) whose children are being read; frames are reused level by level. */
  interface Frame {
    parent: Root | Element
    index: number
    visible: boolean
    inArticle: boolean
    /** A visible block: a newline after it. */
    block: boolean
    isArticle: boolean
  }
  const frames: Frame[] = []
  let depth = 0
  const enter = (parent: Root | Element, visible: boolean, inArticle: boolean, block: boolean, isArticle: boolean): void => {
    const frame = frames[depth++]
    if (frame === undefined) {
      frames.push({parent, index: 0, visible, inArticle, block, isArticle})
      return
    }
    frame.parent = parent
    frame.index = 0
    frame.visible = visible
    frame.inArticle = inArticle
    frame.block = block
    frame.isArticle = isArticle
  }
  enter(tree, true, false, false, false)

  while (depth > 0) {
    const frame = frames[depth - 1]!
    if (frame.index >= frame.parent.children.length) {
      depth--
      if (frame.block) append('\n')
      if (frame.isArticle) page.articleEnd = length
      continue
    }
    const node = frame.parent.children[frame.index++] as RootContent
    if (node.type === 'text') {
      if (frame.visible) append(node.value)
      continue
    }
    if (node.type !== 'element') continue
    const name = node.tagName
    const isArticle = node === article
    const inArticle = frame.inArticle || isArticle
    if (isArticle) page.articleStart = length

    if (name === 'html' && !page.lang) page.lang = prop(node, 'lang') ?? prop(node, 'xmlLang') ?? ''
    else if (name === 'title' && !page.title) page.title = collapseWhitespace(toText(node))
    else if (name === 'meta') readMeta(node, page.meta)
    else if (name === 'script') {
      const type = prop(node, 'type')?.trim().toLowerCase()
      if (type === 'application/ld+json' && page.jsonLd.length < MAX_JSON_LD_SCRIPTS) {
        const first = node.children[0]
        if (first?.type === 'text' && first.value.length <= MAX_JSON_LD_LENGTH) page.jsonLd.push(first.value)
      }
    }

    const visible = frame.visible && !INVISIBLE.has(name) && !hidden(node)
    if (visible) {
      const itemprop = itemProps(node)
      if (name === 'h1') page.headings.push({text: shortText(node, MAX_FIELD_LENGTH), offset: length, inArticle})
      const datePublished = itemprop?.includes('datepublished') ?? false
      const value = datePublished
        ? prop(node, 'content') ?? prop(node, 'dateTime') ?? shortText(node, MAX_DATE_INPUT)
        : name === 'time' ? prop(node, 'dateTime') : undefined
      if (value) {
        const preferred = datePublished || prop(node, 'pubdate') !== undefined
        page.timeCandidates.push({value, offset: length, inArticle, preferred})
      }
      if (itemprop?.includes('author') || (name !== 'body' && name !== 'html' && hasBylineToken(node))) {
        const text = shortText(node, MAX_BYLINE_ELEMENT_TEXT)
        if (text.length > 1) page.bylineElements.push({text, offset: length, inArticle})
      }
    }

    const block = BLOCKS.has(name)
    if (block && visible) append('\n')
    enter(node, visible, inArticle, block && visible, isArticle)
  }

  page.text = pieces.join('')
  page.times = rankTimes(page)
  page.bylineElements = rankBylineElements(page)
  return page
}

/** Record one `<meta>` under each of its keys. */
function readMeta(node: Element, meta: Map<string, string>): void {
  const content = prop(node, 'content')
  if (content === undefined) return
  for (const key of [prop(node, 'name'), prop(node, 'property'), prop(node, 'itemProp'), prop(node, 'httpEquiv')]) {
    if (key === undefined) continue
    for (const part of key.toLowerCase().split(/\s+/)) {
      if (part && !meta.has(part) && content.trim()) meta.set(part, content.trim())
    }
  }
}

/**
 * Whether a candidate at `offset` is near the article: inside it or just before it. Without an article,
 * from just before the first `<h1>` on (or anywhere when there is none).
 */
function isNear(page: PageScan, candidate: {offset: number; inArticle: boolean}): boolean {
  const {articleStart, articleEnd} = page
  if (articleStart === undefined) {
    const heading = page.headings.find((h) => h.text !== '')
    return heading === undefined || candidate.offset >= heading.offset - WINDOW_BEFORE
  }
  const end = articleEnd ?? articleStart
  return candidate.inArticle || (candidate.offset >= articleStart - WINDOW_BEFORE && candidate.offset <= end)
}

/** Byline elements near the article, in page order. */
function rankBylineElements(page: PageScan): BylineElement[] {
  return page.bylineElements.filter((b) => isNear(page, b))
}

/** Date values near the article: `datePublished` / `pubdate` ones first, then `<time>` in page order. */
function rankTimes(page: PageScan): string[] {
  const near = page.timeCandidates.filter((t) => isNear(page, t))
  return [...near.filter((t) => t.preferred), ...near.filter((t) => !t.preferred)].map((t) => t.value)
}

/** The headline: an `<h1>` in the article, else the last one before it, else the first one. */
function pickHeadline(page: PageScan): string {
  const usable = page.headings.filter((h) => h.text !== '' && h.text.length <= MAX_FIELD_LENGTH)
  const inArticle = usable.find((h) => h.inArticle)
  if (inArticle) return inArticle.text
  const start = page.articleStart
  if (start !== undefined) {
    const before = usable.filter((h) => h.offset <= start)
    const last = before[before.length - 1]
    if (last) return last.text
  }
  return usable[0]?.text ?? ''
}

/* ------------------------------------------------------------------ */
/* JSON-LD                                                             */
/* ------------------------------------------------------------------ */

/** What JSON-LD tells. */
interface JsonLdInfo {
  headline: string | undefined
  author: string | undefined
  published: string | undefined
  siteName: string | undefined
  description: string | undefined
  lang: string | undefined
}

/** schema.org types of articles (lower case). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'scholarlyarticle',
  'techarticle', 'socialmediaposting', 'satiricalarticle', 'advertisercontentarticle', 'report', 'posting'
])

/** schema.org types of pages, used when no article item exists. */
const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage'])

type JsonObject = Record<string, unknown>

/** Whether a value is a plain JSON object. */
function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parse JSON, retrying once with raw control characters (common in CMS output) turned into spaces. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '))
    } catch {
      return undefined
    }
  }
}

/** Lower-case schema.org types of an item, without a `schema:` / URL prefix. */
function typesOf(item: JsonObject): string[] {
  const raw = item['@type']
  const list = Array.isArray(raw) ? raw : [raw]
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase())
}

/** The first string of a value that may be a string, an array, or `{'@value': …}`. */
function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = firstString(v)
      if (s) return s
    }
  }
  if (isObject(value)) return firstString(value['@value'])
  return undefined
}

/** Names of people or organisations in a JSON-LD value: a string, `{name}`, `{'@id'}` or an array of these. */
function namesOf(value: unknown, byId: Map<string, JsonObject>, out: string[]): void {
  if (out.length >= 10) return
  if (typeof value === 'string') {
    if (!isUrl(value)) out.push(value)
    return
  }
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 10)) namesOf(v, byId, out)
    return
  }
  if (!isObject(value)) return
  const name = firstString(value.name)
  if (name) {
    out.push(name)
    return
  }
  const id = value['@id']
  const target = typeof id === 'string' ? byId.get(id) : undefined
  if (target && target !== value) {
    const referenced = firstString(target.name)
    if (referenced) out.push(referenced)
  }
}

/** Collect metadata from the JSON-LD scripts. Bad JSON is skipped. */
function readJsonLd(scripts: readonly string[]): JsonLdInfo {
  const items: JsonObject[] = []
  const queue: unknown[] = scripts.map(parseJson)
  while (queue.length > 0 && items.length < MAX_JSON_LD_ITEMS) {
    const value = queue.shift()
    if (Array.isArray(value)) queue.push(...value.slice(0, MAX_JSON_LD_ITEMS))
    else if (isObject(value)) {
      items.push(value)
      if (value['@graph'] !== undefined) queue.push(value['@graph'])
    }
  }
  const byId = new Map<string, JsonObject>()
  for (const item of items) {
    const id = item['@id']
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, item)
  }
  const article =
    items.find((item) => typesOf(item).some((t) => ARTICLE_TYPES.has(t))) ??
    items.find((item) => typesOf(item).some((t) => PAGE_TYPES.has(t)) && (item.headline || item.datePublished))
  const website = items.find((item) => typesOf(item).includes('website'))

  const info: JsonLdInfo = {
    headline: undefined,
    author: undefined,
    published: undefined,
    siteName: undefined,
    description: undefined,
    lang: undefined
  }
  if (article) {
    info.headline = decodeEntities(firstString(article.headline) ?? firstString(article.name) ?? '') || undefined
    const authors: string[] = []
    namesOf(article.author ?? article.creator, byId, authors)
    const unique = [...new Set(authors.map((a) => bylineValue(decodeEntities(a))).filter(Boolean))]
    info.author = unique.join(', ') || undefined
    info.published = firstString(article.datePublished) ?? firstString(article.dateCreated)
    const publishers: string[] = []
    namesOf(article.publisher, byId, publishers)
    info.siteName = publishers[0] === undefined ? undefined : decodeEntities(publishers[0])
    info.description = decodeEntities(firstString(article.description) ?? '') || undefined
    info.lang = firstString(article.inLanguage)
  }
  if (!info.siteName && website) info.siteName = decodeEntities(firstString(website.name) ?? '') || undefined
  if (!info.lang && website) info.lang = firstString(website.inLanguage)
  return info
}

/** Named entities CMSs double-encode into JSON-LD strings. */
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}

/** Decode the few HTML entities found in JSON-LD strings (`&amp;`, `&#039;`, `&#x2019;`). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (all, dec, hex, named) => {
    if (named) return ENTITIES[String(named).toLowerCase()] ?? all
    const code = dec ? Number.parseInt(String(dec), 10) : Number.parseInt(String(hex), 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all
  })
}

/* ------------------------------------------------------------------ */
/* Field helpers                                                        */
/* ------------------------------------------------------------------ */

/** `<meta>` keys holding the author, best first. */
const BYLINE_META = [
  'author', 'article:author', 'og:article:author', 'dc.creator', 'dcterms.creator', 'byl', 'parsely-author',
  'sailthru.author', 'citation_author', 'twitter:creator'
] as const

/** `<meta>` keys holding the publication date, best first. */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article.published',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created',
  'citation_publication_date', 'citation_date', 'date', 'weibo:article:create_at'
] as const

/** Cap a field's length. */
function clip(text: string): string {
  return text.length > MAX_FIELD_LENGTH ? text.slice(0, MAX_FIELD_LENGTH).trim() : text
}

/** The first non-empty value, whitespace collapsed. */
function pickString(values: ReadonlyArray<string | undefined>): string {
  for (const value of values) {
    if (value === undefined) continue
    const text = collapseWhitespace(value.length > MAX_TITLE_INPUT ? value.slice(0, MAX_TITLE_INPUT) : value)
    if (text) return text
  }
  return ''
}

/** Whether a value is a URL (author metas often hold a profile URL rather than a name). */
function isUrl(value: string): boolean {
  return /^\s*(?:https?:)?\/\//i.test(value)
}

/** Leading words of a byline that are not the name. */
const BYLINE_PREFIX = /^(?:(?:written|story|words|text|reporting|posted)\s+)?by\s*:?\s+|^(?:作者|記者|记者|撰文|文)\s*[:：/／|｜]?\s*/i

/** A byline value cleaned: no URL, no `@handle`, no leading `By`. */
function bylineValue(value: string | undefined): string {
  if (value === undefined) return ''
  const text = collapseWhitespace(value)
  if (!text || isUrl(text) || text.startsWith('@')) return ''
  return text.replace(BYLINE_PREFIX, '').trim()
}

/** A BCP 47-looking tag (`en`, `zh-Hant`, `pt-BR`, `zh_TW` → `zh-TW`), or `''`. */
function pickLang(values: ReadonlyArray<string | undefined>): string {
  for (const value of values) {
    if (value === undefined) continue
    const tag = (value.split(',')[0] ?? '').trim().replace(/_/g, '-')
    if (/^[a-z]{2,3}(?:-[a-z\d]{1,8}){0,4}$/i.test(tag)) return tag
  }
  return ''
}

/* ------------------------------------------------------------------ */
/* Title                                                                */
/* ------------------------------------------------------------------ */

/** Separators between the parts of a `<title>`: spaced `-–—|»::`, and `_`, `|`, `｜` with or without spaces. */
const TITLE_SEPARATOR = /(\s+(?:[-–—|｜»]|::)\s+|\s*[_|｜]\s*)/

/** A title separator at the start of a string. */
const SEPARATOR_AT_START = /^\s*(?:[-–—|｜»_]|::)/
/** A title separator at the end of a string. */
const SEPARATOR_AT_END = /(?:[-–—|｜»_]|::)\s*$/

/** Characters counted as CJK for length rules. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g

/** Number of CJK characters and of (non-CJK) words. */
function measure(text: string): {cjk: number; words: number} {
  const cjk = text.match(CJK)?.length ?? 0
  const words = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return {cjk, words}
}

/** Whether a title part looks like a site or section name. */
function isShortPart(text: string): boolean {
  const {cjk, words} = measure(text)
  return cjk <= MAX_SITE_CJK && words <= MAX_SITE_WORDS && cjk + words > 0
}

/** Whether a text is long enough to be a headline. */
function isHeadlineLike(text: string): boolean {
  const {cjk, words} = measure(text)
  return cjk >= MIN_HEADLINE_CJK || words >= MIN_HEADLINE_WORDS
}

/** Comparison form of a title part. */
function key(text: string): string {
  return collapseWhitespace(text).toLowerCase()
}

/**
 * Strip the site name from a `<title>`-like string. With a headline the title contains as whole
 * parts, the headline wins; otherwise parts equal to the site name, then short trailing parts
 * (`_評論_新聞資訊網`, `- Section - Site`), are dropped while a headline-like part remains.
 * Returns the title and, when a trailing part was dropped, that part as a site name guess.
 */
function cleanTitle(raw: string, headline: string, site: string, stripShort: boolean): {title: string; site: string} {
  const text = collapseWhitespace(raw.length > MAX_TITLE_INPUT ? raw.slice(0, MAX_TITLE_INPUT) : raw)
  if (!text) return {title: '', site: ''}
  const parts = text.split(TITLE_SEPARATOR) // text, separator, text, …

  if (headline) {
    // Lower-casing may change lengths (`İ`): then compare case-sensitively so offsets stay right.
    const sameLength = text.toLowerCase().length === text.length && headline.toLowerCase().length === headline.length
    const at = sameLength ? text.toLowerCase().indexOf(headline.toLowerCase()) : text.indexOf(headline)
    if (at >= 0) {
      const before = text.slice(0, at)
      const after = text.slice(at + headline.length)
      const edgeBefore = before === '' || SEPARATOR_AT_END.test(before)
      const edgeAfter = after === '' || SEPARATOR_AT_START.test(after)
      if (edgeBefore && edgeAfter) {
        const rest = (after || before).split(TITLE_SEPARATOR).filter((p, i) => i % 2 === 0 && p.trim())
        const guess = after ? rest[rest.length - 1] : rest[0]
        return {title: headline, site: guess !== undefined && isShortPart(guess) ? guess.trim() : ''}
      }
    }
  }
  if (parts.length === 1) return {title: text, site: ''}

  const siteKey = site ? key(site) : undefined
  let first = 0
  let last = parts.length - 1
  let guess = ''
  while (last > first && siteKey !== undefined && key(parts[last] ?? '') === siteKey) last -= 2
  while (last > first && siteKey !== undefined && key(parts[first] ?? '') === siteKey) first += 2
  while (stripShort && last > first) {
    const tail = parts[last] ?? ''
    const rest = parts.slice(first, last - 1).join('')
    // `_` is the CJK-site convention for `headline_section_site`: trust it even for a short headline.
    const underscore = (parts[last - 1] ?? '').trim() === '_'
    if (!isShortPart(tail) || tail.length >= rest.length || !(underscore || isHeadlineLike(rest))) break
    if (!guess) guess = tail.trim()
    last -= 2
  }
  return {title: parts.slice(first, last + 1).join('').trim(), site: guess}
}

/* ------------------------------------------------------------------ */
/* Visible text                                                         */
/* ------------------------------------------------------------------ */

/** Where to search the visible text, and whether a match nearer the end of the window is better. */
interface TextWindow {
  text: string
  /** Prefer the last match (the window ends where the article starts). */
  preferLast: boolean
}

/** The windows of visible text to search, best first. */
function textWindows(page: PageScan): TextWindow[] {
  const {text, articleStart, articleEnd} = page
  if (articleStart !== undefined) {
    const end = articleEnd ?? text.length
    const headEnd = Math.min(end, articleStart + WINDOW_HEAD)
    return [
      {text: text.slice(Math.max(0, articleStart - WINDOW_BEFORE), articleStart), preferLast: true},
      {text: text.slice(articleStart, headEnd), preferLast: false},
      {text: text.slice(Math.max(headEnd, end - WINDOW_TAIL), end), preferLast: false}
    ]
  }
  const heading = page.headings.find((h) => h.text !== '')
  const start = heading?.offset ?? 0
  return [{text: text.slice(start, start + WINDOW_PAGE), preferLast: false}]
}

/** A match found in a window. */
interface Found<T> {
  value: T
  index: number
}

/** Search the windows in order; in each, take the first (or last) match of `find`. */
function searchWindows<T>(windows: readonly TextWindow[], find: (text: string) => Array<Found<T>>): T | undefined {
  for (const window of windows) {
    const found = find(window.text).sort((a, b) => a.index - b.index)
    const pick = window.preferLast ? found[found.length - 1] : found[0]
    if (pick) return pick.value
  }
  return undefined
}

/** All matches of a global regex, mapped (entries mapped to `undefined` are skipped). */
function allMatches<T>(pattern: RegExp, text: string, map: (m: RegExpExecArray) => T | undefined): Array<Found<T>> {
  const out: Array<Found<T>> = []
  pattern.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = pattern.exec(text)) !== null) {
    const value = map(m)
    if (value !== undefined) out.push({value, index: m.index})
    if (m[0] === '') pattern.lastIndex++
  }
  return out
}

/** Chinese source line: `來源:包頭新聞網`, `来源：新华社`. */
const SOURCE_PATTERN = /(?:來源|来源|稿源|出處|出处)\s*[:：]\s*([^\s;；,，。)）|｜<>/／]{2,30})/g

/** The source named in the visible text (a site-name fallback). */
function findSource(windows: readonly TextWindow[]): string {
  return searchWindows(windows, (text) => allMatches(SOURCE_PATTERN, text, (m) => m[1])) ?? ''
}

/** Chinese byline: `記者:王嘉偉`, `记者 王嘉伟、李明`, `作者：…`, `文/…`. Names are 2–4 Han characters (`·` joins transliterations). */
const CJK_BYLINE_PATTERN =
  /(?:記者|记者|作者(?!简介|簡介|介绍|介紹)|撰文|文\s*[/／|｜])[ \t]*[:：]?[ \t]*(\p{Script=Han}{2,4}(?:[·•]\p{Script=Han}{1,8}){0,3}(?:[、，,和及]\p{Script=Han}{2,4}(?:[·•]\p{Script=Han}{1,8}){0,3}){0,5})/gu

/** Words glued after a Chinese name that are not part of it (`王嘉偉報導`). */
const CJK_BYLINE_SUFFIX = /(?:報導|报导|報道|报道|攝影|摄影|攝|摄|報|报|訊|讯)$/

/** English byline line start: `By Jane Doe`, `Written by: Jane Doe`. */
const EN_BYLINE_PATTERN = /(?:^|\n)[ \t]*(?:(?:written|story|words|text|reporting)[ \t]+)?by[ \t]*:?[ \t]+([^\n]{2,160})/gi

/** Lower-case words allowed inside a name. */
const NAME_PARTICLES = new Set(['and', '&', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'bin', 'al', 'el', 'y'])

/** Capitalised words that end a name in a byline line (`By Jane Doe Updated …`). */
const NAME_STOP_WORDS = new Set(['updated', 'published', 'posted', 'last', 'photo', 'photos', 'video', 'staff', 'read', 'minutes', 'min'])

/** Month names, to stop a name before a date (`By Jane Doe April 24, 2023`). */
export const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`, 'i')

/** The name at the start of a `By …` line: capitalised words, particles and `,`/`and` between names. */
function nameAtStart(line: string): string | undefined {
  const words = line.trim().split(/\s+/).slice(0, 12)
  const taken: string[] = []
  for (const [i, word] of words.entries()) {
    const bare = word.replace(/[,;:]$/, '')
    const capital = /^\p{Lu}[\p{L}'’.-]*$/u.test(bare)
    if (!capital && !NAME_PARTICLES.has(bare.toLowerCase())) break
    if (NAME_STOP_WORDS.has(bare.toLowerCase())) break
    if (MONTH_WORD.test(bare) && /^\d/.test(words[i + 1] ?? '')) break
    taken.push(bare)
    if (bare !== word) {
      if (word.endsWith(';')) break
      taken[taken.length - 1] += ','
    }
  }
  while (taken.length > 0 && NAME_PARTICLES.has((taken[taken.length - 1] ?? '').replace(/,$/, '').toLowerCase())) taken.pop()
  const name = taken.join(' ').replace(/,$/, '')
  return /\p{Lu}/u.test(name) && taken.length <= 10 ? name : undefined
}

/** The byline named in the visible text. */
function findByline(windows: readonly TextWindow[]): string {
  return (
    searchWindows(windows, (text) => [
      ...allMatches(CJK_BYLINE_PATTERN, text, (m) => {
        const names = (m[1] ?? '').split(/([、，,和及])/)
        return names.map((part, i) => (i % 2 === 0 ? part.replace(CJK_BYLINE_SUFFIX, '') : part)).join('')
      }),
      ...allMatches(EN_BYLINE_PATTERN, text, (m) => nameAtStart(m[1] ?? ''))
    ]) ?? ''
  )
}

/* ------------------------------------------------------------------ */
/* Dates                                                                */
/* ------------------------------------------------------------------ */

/**
 * Time of day with optional seconds, am/pm and zone: groups hour, minute, second, meridiem, zone. The
 * blanks before it are `[ \t]*(?:,[ \t]*)?`, not `[ \t]*,?[ \t]*`, whose two runs could share a
 * run of blanks in many ways (polynomial backtracking; tests/robustness/regex-safety.test.ts).
 */
const TIME =
  '(?:(?:[ \\t]*(?:,[ \\t]*)?|[ \\t]+at[ \\t]+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?:[ \\t]*([ap])\\.?m\\.?)?(?:[ \\t]*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)(?![\\d:]))?)?'

/** `2023-04-24`, `2023/04/24`, `2023.04.24`, with optional time: groups year, month, day, then {@link TIME}. */
export const NUMERIC_DATE = new RegExp(`(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)${TIME}`, 'gi')

/** `2023年4月24日 09:40`, `2023年04月24日09时40分`, `下午3:05`: year, month, day, meridiem, hour, minute, second. */
const CJK_DATE =
  /(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*[日号號]?(?:[ \t]*(上午|下午|晚上|早上)?[ \t]*(\d{1,2})[ \t]*[:：时時点點][ \t]*(\d{1,2})(?:[ \t]*[:：分][ \t]*(\d{1,2}))?)?/g

/** `April 24, 2023 10:30 AM`: month, day, year, then {@link TIME}. */
export const EN_MDY = new RegExp(`\\b${MONTH_NAME}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})(?!\\d)${TIME}`, 'gi')

/** `24 Apr 2023`, `Mon, 24 Apr 2023 09:40:53 +0800`: day, month, year, then {@link TIME}. */
export const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${MONTH_NAME},?[ \\t]+(\\d{4})(?!\\d)${TIME}`, 'gi')

/** Seconds of a plausible Unix timestamp (10 digits) or milliseconds (13 digits). */
const TIMESTAMP = /^\s*(\d{10}|\d{13})\s*$/

/** Days in a month of a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Build the ISO string, or `undefined` when a part is out of range. */
function isoDate(
  year: string | undefined, month: string | number | undefined, day: string | undefined,
  hour?: string, minute?: string, second?: string, meridiem?: string, zone?: string
): string | undefined {
  const y = Number(year)
  const mo = Number(month)
  const d = Number(day)
  if (!(y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) return undefined
  let out = `${y}-${pad(mo)}-${pad(d)}`
  if (hour === undefined || minute === undefined) return out
  let h = Number(hour)
  const mi = Number(minute)
  const s = second === undefined ? 0 : Number(second)
  const m = meridiem?.toLowerCase()
  if (m === 'p' || m === '下午' || m === '晚上') {
    if (h < 12) h += 12
  } else if ((m === 'a' || m === '上午' || m === '早上') && h === 12) h = 0
  if (!(h <= 23 && mi <= 59 && s <= 59)) return undefined
  out += `T${pad(h)}:${pad(mi)}:${pad(s)}`
  if (zone === undefined) return out
  const z = zone.toUpperCase()
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return `${out}Z`
  const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)
  if (!zm) return out
  const zh = Number(zm[2])
  const zmin = Number(zm[3] ?? '0')
  if (zh > 14 || zmin > 59) return out
  return `${out}${zm[1]}${pad(zh)}:${pad(zmin)}`
}

/** Every date in a text, as ISO strings with their positions. */
function datesIn(text: string): Array<Found<string>> {
  return [
    ...allMatches(NUMERIC_DATE, text, (m) => isoDate(m[1], m[3], m[4], m[5], m[6], m[7], m[8], m[9])),
    ...allMatches(CJK_DATE, text, (m) => isoDate(m[1], m[2], m[3], m[5], m[6], m[7], m[4])),
    ...allMatches(EN_MDY, text, (m) =>
      isoDate(m[3], MONTHS[(m[1] ?? '').slice(0, 3).toLowerCase()], m[2], m[4], m[5], m[6], m[7], m[8])
    ),
    ...allMatches(EN_DMY, text, (m) =>
      isoDate(m[3], MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()], m[1], m[4], m[5], m[6], m[7], m[8])
    )
  ]
}

/**
 * Read a date value (from JSON-LD, a `<meta>`, `<time datetime>`) as ISO 8601: the zone is kept when
 * given, a date-only value stays date-only. Unix timestamps become UTC. `null` when unreadable.
 */
export function normaliseDate(value: string): string | null {
  const text = value.length > MAX_DATE_INPUT ? value.slice(0, MAX_DATE_INPUT) : value
  const stamp = TIMESTAMP.exec(text)
  if (stamp?.[1] !== undefined) {
    const ms = stamp[1].length === 13 ? Number(stamp[1]) : Number(stamp[1]) * 1000
    const date = new Date(ms)
    const year = date.getUTCFullYear()
    if (year < MIN_YEAR || year > MAX_YEAR) return null
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  const found = datesIn(text).sort((a, b) => a.index - b.index)[0]
  return found?.value ?? null
}

/** The publication date in the visible text. */
function findDate(windows: readonly TextWindow[]): string | null {
  return searchWindows(windows, datesIn) ?? null
}
