/**
 * The steps of `analyze` one by one (a copy of the sequence in src/analyze.ts `analyzeTree`), so a
 * benchmark can time each step or find which one throws. Keep in step with src/analyze.ts.
 */
import type {Root} from 'hast'
import {detect, type Finding} from '../../src/detect/detect.js'
import {getMatcher, type Matcher} from '../../src/detect/matcher.js'
import {LEVEL_RANK} from '../../src/detect/score.js'
import {selectArticle, type ArticleSelection} from '../../src/extract/article.js'
import {articleTree} from '../../src/extract/article-tree.js'
import {readMetadata, type Metadata} from '../../src/extract/metadata.js'
import {narrowSelection} from '../../src/extract/narrow-selection.js'
import {articleSerializer, toArticleHtml, toPlainText, type ArticleSerializer} from '../../src/extract/serialize.js'
import {resolveOptions} from '../../src/options.js'
import {parseHtml} from '../../src/parse/parse.js'
import {buildReport} from '../../src/report/report.js'
import {segment, type Block, type Segmentation} from '../../src/segment/blocks.js'

export const STEPS = [
  'parse', 'getMatcher', 'segment', 'selectArticle', 'detect', 'readMetadata', 'headline and dateline filter', 'articleTree',
  'text join', 'toArticleHtml', 'toMarkdown', 'buildReport', '(extra) toPlainText', '(extra) toArticleHtml again'
] as const
export type Step = (typeof STEPS)[number]
/** Steps that `analyze` itself runs (not the extras). */
export const PIPELINE: readonly Step[] = STEPS.filter((s) => !s.startsWith('(extra)'))

export interface StepResult {
  step: Step
  ms: number
  error?: Error
  skipped?: boolean
}

/**
 * Run every step on `html` (or on `tree` when given: parsing is then skipped), calling `onStep` after each.
 * A step that throws is reported and the steps that need its output are skipped; others still run
 * (e.g. a failing `detect` leaves no findings, and serialising goes on).
 */
export function runSteps(html: string, options: {tree?: Root; extras?: boolean} = {}, onStep: (result: StepResult) => void = () => {}): StepResult[] {
  const settings = resolveOptions(undefined)
  const results: StepResult[] = []
  let tree: Root | undefined = options.tree
  let matcher: Matcher | undefined
  let segmentation: Segmentation | undefined
  let selection: ArticleSelection | undefined
  let findings: Finding[] = []
  let metadata: Metadata | undefined
  let kept: Block[] | undefined
  let articleRoot: Root | undefined
  let serializer: ArticleSerializer | undefined
  const spam = new Set<Block>()

  const run = (step: Step, needs: unknown[], fn: () => void): void => {
    if (needs.some((x) => x === undefined)) {
      const r = {step, ms: 0, skipped: true}
      results.push(r)
      onStep(r)
      return
    }
    const t0 = performance.now()
    try {
      fn()
      const r = {step, ms: performance.now() - t0}
      results.push(r)
      onStep(r)
    } catch (error) {
      const r = {step, ms: performance.now() - t0, error: error as Error}
      results.push(r)
      onStep(r)
    }
  }

  if (options.tree) results.push({step: 'parse', ms: 0, skipped: true})
  else run('parse', [], () => (tree = parseHtml(html)))
  run('getMatcher', [], () => {
    matcher = getMatcher({builtin: settings.builtinDictionaries, extra: settings.dictionaries, allow: settings.allow, categories: settings.categories, disableCategories: settings.disableCategories})
  })
  run('segment', [tree], () => (segmentation = segment(tree!, html)))
  run('selectArticle', [segmentation], () => (selection = selectArticle(segmentation!, new Set())))
  run('detect', [segmentation, selection, matcher], () => {
    findings = detect(segmentation!, selection!, matcher!, {url: settings.url, allowDomains: settings.allowDomains})
    for (const finding of findings) if (LEVEL_RANK[finding.level] >= LEVEL_RANK[settings.removeLevel]) for (const block of finding.blocks) spam.add(block)
  })
  run('readMetadata', [tree, selection], () => (metadata = readMetadata(tree!, {article: selection!.containers[0]})))
  run('headline and dateline filter', [selection], () => {
    narrowSelection(selection!, spam, metadata?.title ?? '')
    kept = selection!.kept
  })
  run('articleTree', [segmentation, selection], () => {
    articleRoot = articleTree(segmentation!, selection!)
    serializer = articleSerializer(articleRoot, {})
  })
  run('text join', [kept], () => void kept!.map((block) => block.text).join('\n\n'))
  // One serializer for both, as `analyze` has: the HTML step makes the sanitized copy they share.
  run('toArticleHtml', [serializer], () => void (kept!.length === 0 ? '' : serializer!.html()))
  run('toMarkdown', [serializer], () => void (kept!.length === 0 ? '' : serializer!.markdown()))
  run('buildReport', [kept], () => void buildReport(findings, new Set(kept), 'utf-8'))
  if (options.extras) {
    run('(extra) toPlainText', [articleRoot], () => void (kept!.length === 0 ? '' : toPlainText(articleRoot!)))
    run('(extra) toArticleHtml again', [articleRoot], () => void (kept!.length === 0 ? '' : toArticleHtml(articleRoot!, {})))
  }
  return results
}

/** Stack of an error, the frames of recursion folded (`frame ×123`), at most `max` lines. */
export function foldStack(error: Error, max = 25): string {
  const lines = (error.stack ?? String(error)).split('\n')
  const out: string[] = []
  let previous = ''
  let repeat = 0
  const flush = (): void => {
    if (repeat > 1) out[out.length - 1] += `  ×${repeat}`
  }
  for (const line of lines) {
    const frame = line.trim().replace(/file:\/\/\/?\S*?\/node_modules\//, 'node_modules/').replace(/file:\/\/\S*?\/(src|bench)\//, '$1/')
    if (frame === previous) {
      repeat++
      continue
    }
    flush()
    repeat = 1
    previous = frame
    out.push(frame)
  }
  flush()
  return out.slice(0, max).join('\n')
}
