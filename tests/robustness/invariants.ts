/**
 * Invariants every `analyze` result must keep, whatever the input. Shared by the property tests
 * (tests/robustness/properties.test.ts), the adversarial tests and the long fuzz run (bench/fuzz.ts).
 * Each check returns a list of violations (empty when the result is valid) rather than throwing,
 * so the fuzzer can print all of them for one input.
 */
import type {Element, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {decode} from '../../src/input/decode.js'
import {looksLikeHtml} from '../../src/parse/plain-text.js'
import type {AnalyzeResult, Level} from '../../src/types.js'

/** LEVEL_THRESHOLDS of src/detect/score.ts, restated so the test does not trust the code it checks. */
export function expectedLevel(score: number): Level {
  if (score >= 0.7) return 'high'
  if (score >= 0.45) return 'medium'
  if (score >= 0.2) return 'low'
  return 'none'
}

/**
 * Elements whose text is never article text: not shown to a reader (script, style, template, title,
 * iframe fallback), or embedded and interactive content that is no prose (svg, math, form controls,
 * media). Text on either side of one may join into one word, as `innerText` joins it around an icon.
 */
const NOT_RENDERED = new Set([
  'script', 'style', 'template', 'title', 'textarea', 'iframe', 'noembed', 'noframes', 'head', 'noscript',
  'svg', 'math', 'object', 'embed', 'canvas', 'select', 'option', 'button', 'input', 'audio', 'video',
  'map', 'frame', 'dialog'
])

/** Whether an element hides itself and its subtree in the forms the generator produces. */
function hides(element: Element): boolean {
  const {hidden, style} = element.properties
  if (hidden !== undefined && hidden !== null && hidden !== false) return true
  return typeof style === 'string' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$)/i.test(style)
}

/** Text of the input as a browser parses it: rendered text (in document order), and whether any of `markers` shows. */
export interface InputText {
  /** Concatenated text nodes outside non-rendered elements (hidden ones included), whitespace collapsed. */
  rendered: string
  /** Concatenated text of every text node (scripts included), for plain-text input the input itself. */
  all: string
  /** Markers that occur in at least one text node that is rendered and not hidden. */
  visibleMarkers: Set<string>
}

/** Read the decoded input as the oracle: parsed with hast-util-from-html (the parser, not the code under test). */
export function inputText(source: string, format: 'auto' | 'html' | 'text', markers: readonly string[]): InputText {
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(source))
  if (!html) {
    const visibleMarkers = new Set(markers.filter((m) => source.includes(m)))
    return {rendered: source.replace(/\0/g, '\ufffd').replace(/\s+/g, ' '), all: source, visibleMarkers}
  }
  const tree = fromHtml(source)
  const rendered: string[] = []
  const all: string[] = []
  const visibleMarkers = new Set<string>()
  // Iterative walk: inputs may nest deeply.
  const stack: Array<{node: Nodes; skipped: boolean; hidden: boolean}> = [{node: tree, skipped: false, hidden: false}]
  while (stack.length > 0) {
    const {node, skipped, hidden} = stack.pop()!
    if (node.type === 'text') {
      all.push(node.value)
      if (!skipped) {
        rendered.push(node.value)
        if (!hidden) for (const m of markers) if (node.value.includes(m)) visibleMarkers.add(m)
      }
      continue
    }
    if (node.type !== 'root' && node.type !== 'element') continue
    let children = node.children as Nodes[]
    let childSkipped = skipped
    let childHidden = hidden
    if (node.type === 'element') {
      if (NOT_RENDERED.has(node.tagName)) childSkipped = true
      if (hides(node)) childHidden = true
      if (node.tagName === 'template' && node.content) children = node.content.children as Nodes[]
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i]!, skipped: childSkipped, hidden: childHidden})
  }
  return {rendered: rendered.join('').replace(/\s+/g, ' '), all: all.join(''), visibleMarkers}
}

/** The decoded text of the input, as `analyze` reads it. */
export function decodedSource(input: string | Uint8Array, encoding?: string): string {
  return decode(input, encoding).text
}

/** Structural invariants of the report: offsets, order, levels, page score. */
export function checkReport(result: AnalyzeResult, sourceLength: number): string[] {
  const problems: string[] = []
  const {report} = result
  let max = 0
  report.blocks.forEach((block, i) => {
    const where = `report.blocks[${i}] (${block.kind} ${block.start}–${block.end})`
    if (!(Number.isInteger(block.start) && Number.isInteger(block.end))) problems.push(`${where}: offsets not integers`)
    if (!(block.start >= 0 && block.start <= block.end && block.end <= sourceLength)) {
      problems.push(`${where}: offsets outside 0 ≤ start ≤ end ≤ ${sourceLength}`)
    }
    if (!(block.score >= 0 && block.score <= 1)) problems.push(`${where}: score ${block.score} outside 0–1`)
    if (block.level !== expectedLevel(block.score)) problems.push(`${where}: level ${block.level} but score ${block.score}`)
    if (block.level === 'none') problems.push(`${where}: a finding at level none`)
    block.matches.forEach((m, j) => {
      if (!(m.start >= 0 && m.start <= m.end && m.end <= sourceLength)) problems.push(`${where}.matches[${j}]: offsets ${m.start}–${m.end} outside the input`)
    })
    const previous = report.blocks[i - 1]
    if (previous && previous.start > block.start) problems.push(`${where}: not sorted (previous starts at ${previous.start})`)
    if (block.score > max) max = block.score
  })
  if (report.score !== max) problems.push(`report.score ${report.score} is not the highest block score ${max}`)
  if (report.level !== expectedLevel(report.score)) problems.push(`report.level ${report.level} but score ${report.score}`)
  if (report.summary['blocks'] !== report.blocks.length) problems.push(`summary.blocks ${report.summary['blocks']} ≠ ${report.blocks.length}`)
  return problems
}

/** Findings of one kind must not overlap one another (kinds may overlap each other: a title inside a head, an attribute inside a block). */
export function checkNoOverlap(result: AnalyzeResult): string[] {
  const problems: string[] = []
  const lastEnd = new Map<string, {end: number; index: number}>()
  result.report.blocks.forEach((block, i) => {
    if (block.kind !== 'block') return
    const last = lastEnd.get(block.kind)
    if (last && block.start < last.end) {
      problems.push(`report.blocks[${i}] (${block.start}–${block.end}) overlaps report.blocks[${last.index}] ending at ${last.end}`)
    }
    if (!last || block.end >= last.end) lastEnd.set(block.kind, {end: block.end, index: i})
  })
  return problems
}

/** Every word of the article text is text of the input; hidden and non-rendered markers never show. */
export function checkArticleText(result: AnalyzeResult, oracle: InputText, markers: readonly string[]): string[] {
  const problems: string[] = []
  const {article} = result
  for (const token of article.text.split(/\s+/)) {
    if (token !== '' && !oracle.rendered.includes(token)) {
      problems.push(`article.text has ${JSON.stringify(token.slice(0, 80))}, which is not rendered text of the input`)
      break
    }
  }
  // Markers are checked in text only: an unclosed quote can make one an attribute value, which may stay.
  const htmlText = markers.length > 0 ? textOf(fromHtml(article.html, {fragment: true})) : ''
  for (const marker of markers) {
    if (oracle.visibleMarkers.has(marker)) continue
    if (article.text.includes(marker)) problems.push(`article.text shows ${marker}, which is only in hidden or non-rendered input`)
    if (htmlText.includes(marker)) problems.push(`article.html shows ${marker} as text, which is only in hidden or non-rendered input`)
  }
  return problems
}

/** Concatenated text nodes of a tree. */
function textOf(tree: Root): string {
  const out: string[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') out.push(node.value)
    else if (node.type === 'root' || node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out.join('')
}

/** `article.html` parses back to the same tree: serialising the parse gives the same string. */
export function checkHtmlRoundTrip(result: AnalyzeResult): string[] {
  const html = result.article.html
  const again = toHtml(fromHtml(html, {fragment: true}))
  if (again === html) return []
  let at = 0
  while (at < html.length && html[at] === again[at]) at++
  return [`article.html does not re-parse to itself; first difference at ${at}: ${JSON.stringify(html.slice(Math.max(0, at - 60), at + 60))} vs ${JSON.stringify(again.slice(Math.max(0, at - 60), at + 60))}`]
}

/** Attribute values that would run script or load a document when followed or loaded. */
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data|livescript|mocha)\s*:/i
/** Elements that must never reach the sanitized article. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'base', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'link',
  'svg', 'math', 'template', 'noscript', 'input', 'button', 'textarea', 'select', 'param', 'audio', 'video'
])

/** hast property names (lower-cased) of attributes that hold URLs a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'cite', 'action', 'formaction', 'data', 'poster', 'background', 'xlinkhref', 'codebase',
  'longdesc', 'usemap', 'manifest', 'ping', 'dynsrc', 'lowsrc', 'datasrc', 'dataoriginal', 'datalazysrc', 'itemid', 'itemtype'
])

/** Strip what a browser strips from a URL before reading its scheme (control characters, whitespace). */
function normaliseUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '')
}

/** Security of the sanitized HTML, checked on its parse tree (not by regex): no script, handler, unsafe URL or dangerous element. */
export function checkSafeHtml(html: string): string[] {
  const problems: string[] = []
  const tree: Root = fromHtml(html, {fragment: true})
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'comment') problems.push(`comment <!--${node.value.slice(0, 40)}--> in article.html`)
    if (node.type !== 'root' && node.type !== 'element') continue
    if (node.type === 'element') {
      const tag = node.tagName
      if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> in article.html`)
      if (tag === 'template' && node.content) stack.push(node.content)
      for (const [name, value] of Object.entries(node.properties)) {
        const attribute = name.toLowerCase()
        if (attribute.startsWith('on')) problems.push(`<${tag} ${name}> event handler in article.html`)
        if (attribute === 'srcdoc' || attribute === 'style' || attribute === 'formaction' || attribute === 'action') {
          problems.push(`<${tag} ${name}> in article.html`)
        }
        const values = Array.isArray(value) ? value : [value]
        if (!URL_ATTRIBUTES.has(attribute)) continue
        for (const v of values) {
          if (typeof v === 'string' && UNSAFE_URL.test(normaliseUrl(v))) problems.push(`<${tag} ${name}=${JSON.stringify(v.slice(0, 60))}> unsafe URL in article.html`)
        }
      }
    }
    for (const child of node.children) stack.push(child)
  }
  return problems
}

/** Markdown must not link to script URLs (`[x](javascript:…)`, `<javascript:…>`, reference definitions). */
export function checkSafeMarkdown(markdown: string): string[] {
  const problems: string[] = []
  const link = /\]\(\s*<?([^)\s>]*)|<([a-z][a-z0-9+.-]*:[^>\s]*)>|^\s*\[[^\]]*\]:\s*<?(\S+)/gim
  let m: RegExpExecArray | null
  while ((m = link.exec(markdown))) {
    const url = m[1] ?? m[2] ?? m[3] ?? ''
    if (UNSAFE_URL.test(normaliseUrl(url))) problems.push(`markdown links to ${JSON.stringify(url.slice(0, 60))}`)
  }
  return problems
}

/** The article fields have their types. */
export function checkShape(result: AnalyzeResult): string[] {
  const problems: string[] = []
  const a = result.article
  for (const key of ['title', 'byline', 'siteName', 'lang', 'text', 'html', 'markdown'] as const) {
    if (typeof a[key] !== 'string') problems.push(`article.${key} is ${typeof a[key]}`)
  }
  if (a.published !== null && typeof a.published !== 'string') problems.push(`article.published is ${typeof a.published}`)
  if (typeof result.report.encoding !== 'string' || result.report.encoding === '') problems.push('report.encoding empty')
  return problems
}

/** Every invariant but {@link checkNoOverlap} (tested on its own). */
export function checkAll(result: AnalyzeResult, source: string, format: 'auto' | 'html' | 'text', markers: readonly string[] = []): string[] {
  const oracle = inputText(source, format, markers)
  return [
    ...checkShape(result),
    ...checkReport(result, source.length),
    ...checkArticleText(result, oracle, markers),
    ...checkHtmlRoundTrip(result),
    ...checkSafeHtml(result.article.html),
    ...checkSafeMarkdown(result.article.markdown)
  ]
}
