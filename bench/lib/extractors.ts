/** The extractors timed side by side by `bench/speed.ts`. Each takes decoded HTML and does the whole job. */
import {Readability} from '@mozilla/readability'
import {fromHtml} from 'hast-util-from-html'
import {JSDOM, VirtualConsole} from 'jsdom'
import {parseHTML} from 'linkedom'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {analyze, analyzeTimed, type StageTimings} from '../../src/analyze.js'

export const STAGES = ['decode', 'parse', 'segment', 'score', 'detect', 'extract', 'serialise'] as const satisfies ReadonlyArray<keyof StageTimings>

export function emptyTimings(): StageTimings {
  return {decode: 0, parse: 0, segment: 0, score: 0, detect: 0, extract: 0, serialise: 0}
}

export interface Extractor {
  name: string
  /** Run once; return something derived from the result so nothing is optimised away. */
  run(html: string): unknown
  /** Untimed clean-up after a run (closing a jsdom window). */
  after?(result: unknown): void
}

const rehype = unified().use(rehypeParse)
rehype.freeze()

export const parseRehype: Extractor = {name: 'parse: rehype-parse', run: (html) => rehype.parse(html)}
export const parseFromHtml: Extractor = {name: 'parse: fromHtml (src)', run: (html) => fromHtml(html)}
export const analyzeExtractor: Extractor = {name: 'article-guard analyze', run: (html) => analyze(html).article.text.length}
export const readabilityLinkedom: Extractor = {
  name: 'Readability+linkedom',
  run(html) {
    const {document} = parseHTML(html)
    return new Readability(document as unknown as Document).parse()?.textContent?.length ?? 0
  }
}

let jsdomWindow: {close(): void} | undefined
export const readabilityJsdom: Extractor = {
  name: 'Readability+jsdom',
  run(html) {
    const virtualConsole = new VirtualConsole()
    const dom = new JSDOM(html, {virtualConsole})
    jsdomWindow = dom.window
    return new Readability(dom.window.document).parse()?.textContent?.length ?? 0
  },
  after() {
    jsdomWindow?.close()
    jsdomWindow = undefined
  }
}

/** `analyzeTimed`, adding each stage's time into `timings`. */
export function analyzeStages(html: string, timings: StageTimings): number {
  return analyzeTimed(html, undefined, timings).article.text.length
}
