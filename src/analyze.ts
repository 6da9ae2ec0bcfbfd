import type {Root} from 'hast'
import {selectArticle} from './extract/article.js'
import {articleTree} from './extract/article-tree.js'
import {readMetadata} from './extract/metadata.js'
import {narrowSelection} from './extract/narrow-selection.js'
import {articleSerializer} from './extract/serialize.js'
import {detect} from './detect/detect.js'
import {getMatcher} from './detect/matcher.js'
import {LEVEL_RANK} from './detect/score.js'
import {ArticleGuardError} from './errors.js'
import {decode} from './input/decode.js'
import {resolveOptions, type Options, type ResolvedOptions} from './options.js'
import {parseHtml} from './parse/parse.js'
import {looksLikeHtml, parsePlainText} from './parse/plain-text.js'
import {buildReport} from './report/report.js'
import {segment, type Block} from './segment/blocks.js'
import type {AnalyzeResult, Article} from './types.js'

/**
 * Analyse an article page: extract the clean article and report injected spam.
 *
 * @param input HTML (or plain text) as a string, or its bytes (encoding sniffed from BOM and `<meta charset>`).
 * @param options See `Options`; every field has a default.
 * @throws {ArticleGuardError} for a wrong argument type (`invalid-input`), bad options (`invalid-options`),
 *   a bad user dictionary (`invalid-dictionary`) or input over `maxLength` (`input-too-large`). Messy HTML never throws.
 */
export function analyze(input: string | Uint8Array, options?: Options): AnalyzeResult {
  return analyzeTimed(input, options, undefined)
}

/** Time spent per stage, in milliseconds (for the benchmarks). */
export type StageTimings = Record<'decode' | 'parse' | 'segment' | 'score' | 'detect' | 'extract' | 'serialise', number>

/** `analyze` that also adds the time of each stage to `timings` when given (benchmarks only). */
export function analyzeTimed(input: string | Uint8Array, options: Options | undefined, timings: StageTimings | undefined): AnalyzeResult {
  let mark = timings ? performance.now() : 0
  // 1. Options and input.
  const settings = resolveOptions(options)
  const {text: source, encoding} = decode(input, settings.encoding)
  if (timings) mark = lap(timings, 'decode', mark)
  if (source.length > settings.maxLength) {
    throw new ArticleGuardError('input-too-large', `Input is ${source.length} characters, over \`options.maxLength\` (${settings.maxLength}); raise the limit to analyse it`)
  }

  // 2. Parse: HTML, or plain text whose lines become paragraphs.
  const isHtml = settings.format === 'html' || (settings.format === 'auto' && looksLikeHtml(source))
  const tree: Root = isHtml ? parseHtml(source) : parsePlainText(source)
  if (timings) lap(timings, 'parse', mark)
  return analyzeTree(tree, source, encoding, settings, timings)
}

function lap(timings: StageTimings, stage: keyof StageTimings, since: number): number {
  const now = performance.now()
  timings[stage] += now - since
  return now
}

/**
 * Steps 3–7 of `analyze` on a tree already parsed (with positions) from `source`: shared by
 * `analyze` and the rehype plugin. The tree is read, never changed.
 */
export function analyzeTree(tree: Root, source: string, encoding: string, settings: ResolvedOptions, timings?: StageTimings): AnalyzeResult {
  let mark = timings ? performance.now() : 0
  const matcher = getMatcher({
    builtin: settings.builtinDictionaries,
    extra: settings.dictionaries,
    allow: settings.allow,
    categories: settings.categories,
    disableCategories: settings.disableCategories
  })

  // 3. Segment into blocks.
  const segmentation = segment(tree, source)
  if (timings) mark = lap(timings, 'segment', mark)

  // 4. Score content and choose the article.
  const selection = selectArticle(segmentation, new Set())
  if (timings) mark = lap(timings, 'score', mark)

  // 5. Detect spam; blocks at or above the removal level leave the article.
  const findings = detect(segmentation, selection, matcher, {url: settings.url, allowDomains: settings.allowDomains})
  const spam = new Set<Block>()
  for (const finding of findings) {
    if (LEVEL_RANK[finding.level] >= LEVEL_RANK[settings.removeLevel]) for (const block of finding.blocks) spam.add(block)
  }
  if (timings) mark = lap(timings, 'detect', mark)

  // 6. Metadata, then the final article without spam and without the repeated headline.
  const metadata = readMetadata(tree, {article: selection.containers[0]})
  narrowSelection(selection, spam, metadata.title)
  const articleRoot = articleTree(segmentation, selection)
  if (timings) mark = lap(timings, 'extract', mark)

  // 7. Serialise and report.
  const text = selection.kept.map((block) => block.text).join('\n\n')
  const empty = selection.kept.length === 0
  const serializer = articleSerializer(articleRoot, settings.url === undefined ? {} : {baseUrl: settings.url})
  const article = lazyArticle(
    {title: metadata.title, byline: metadata.byline, published: metadata.published, siteName: metadata.siteName, lang: metadata.lang, text},
    () => (empty ? '' : serializer.html()),
    () => (empty ? '' : serializer.markdown())
  )
  const result: AnalyzeResult = {article, report: buildReport(findings, new Set(selection.kept), encoding)}
  if (timings) {
    // The benchmarks time the serialisers too.
    void article.html
    void article.markdown
    lap(timings, 'serialise', mark)
  }
  return result
}

/**
 * The article with `html` and `markdown` made on first read and kept: callers that need only the
 * text and the report (a release gate, a batch over a corpus) do not pay for serialising. Both
 * are ordinary enumerable properties to `JSON.stringify`, spreading and structured cloning.
 */
function lazyArticle(fields: Omit<Article, 'html' | 'markdown'>, html: () => string, markdown: () => string): Article {
  const article = {...fields} as Article
  let htmlValue: string | undefined
  let markdownValue: string | undefined
  Object.defineProperty(article, 'html', {enumerable: true, configurable: true, get: () => (htmlValue ??= html())})
  Object.defineProperty(article, 'markdown', {enumerable: true, configurable: true, get: () => (markdownValue ??= markdown())})
  return article
}
