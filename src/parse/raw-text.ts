/**
 * Raw text taken out before parsing: the content of `<script>` and `<style>` elements.
 *
 * On news pages more than half of the characters are inline scripts and style sheets (54 % on the
 * AEB corpus), and the parser reads them one code point at a time only to copy them into a text
 * node. Here they are found with `indexOf` and cut out; parse5 parses the rest, and the parse step
 * puts each content back as the element's text, with positions mapped back to the original.
 *
 * The cut is checked, not trusted: it is kept only when the parse of the reduced text has an HTML
 * `<script>`/`<style>` element whose start tag ends and whose end tag starts exactly at the cut
 * (see `toHast`). The input before a cut is the same in both texts, so such an element was also
 * made in the full parse, which then read its content as raw text; where that raw text ends
 * follows the tokenizer's rules exactly ({@link scriptDataEnd}, {@link rawTextEnd}). A cut that
 * fails the check (a `<script>` inside an attribute value, a `<style>` in SVG, which is parsed as
 * markup) makes the page be parsed whole.
 */
import {location} from 'vfile-location'

/** One removed content. */
export interface RawTextCut {
  /** Offset in the reduced text where the content was (its start tag ends, its end tag starts, here). */
  at: number
  /** UTF-16 range of the content in the original text. */
  start: number
  end: number
  /** The element: `script` (script data) or `style` (raw text). */
  tagName: 'script' | 'style'
  /** Line and column (as parse5 counts them) of `start` and `end` in the original text. */
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  /** Line breaks removed by this cut and all before it. */
  linesBefore: number
  /** Line of `at` in the reduced text, and what to add to the column of a reduced point after `at` on that line. */
  atLine: number
  columnShift: number
  /** Characters removed by this cut and all before it. */
  removedBefore: number
}

/** The text without raw-text contents, as cuts (sorted by `at`) of the original. */
export interface ReducedText {
  cuts: RawTextCut[]
  /** Length of the text without the cut contents. */
  length: number
}

/**
 * Contents shorter than this stay in: cutting them saves less than the bookkeeping costs (an
 * empty `<script src>` has none; a one-line tracking snippet is ~100 characters).
 */
export const MIN_CUT_LENGTH = 64

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const BANG = 0x21
const DASH = 0x2d
const QUOTE = 0x22
const APOSTROPHE = 0x27
const EQUALS = 0x3d
const LF = 0x0a
const CR = 0x0d

/** Tokenizer whitespace (CR counts: the input stream turns it into LF). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === LF || code === 0x0c || code === CR
}

function isAlpha(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** Whether `name` (lower case) is at `i`, case-insensitively, followed by whitespace, `/` or `>`. */
function tagNameAt(html: string, i: number, name: string): boolean {
  const n = name.length
  if (i + n >= html.length) return false
  for (let k = 0; k < n; k++) if ((html.charCodeAt(i + k) | 0x20) !== name.charCodeAt(k)) return false
  const next = html.charCodeAt(i + n)
  return isSpace(next) || next === SLASH || next === GT
}

/**
 * Cut the contents of `<script>` and `<style>` elements out of `html`. Elements inside `<svg>` or
 * `<math>` (parsed as markup there) and inside comments are left alone; so is a content that runs
 * to the end of the input, and one shorter than `minCutLength`.
 */
export function cutRawText(html: string, minCutLength = MIN_CUT_LENGTH): ReducedText {
  const ranges: Array<{start: number; end: number; tagName: 'script' | 'style'}> = []
  let foreign = 0
  let i = html.indexOf('<')
  while (i !== -1 && i + 1 < html.length) {
    const next = html.charCodeAt(i + 1)
    if (next === BANG) {
      if (html.startsWith('<!--', i)) {
        const end = commentEnd(html, i + 4)
        if (end === -1) break
        i = html.indexOf('<', end)
        continue
      }
    } else if (next === SLASH) {
      if (foreign > 0 && (tagNameAt(html, i + 2, 'svg') || tagNameAt(html, i + 2, 'math'))) foreign--
    } else if (isAlpha(next)) {
      const script = tagNameAt(html, i + 1, 'script')
      if (script || tagNameAt(html, i + 1, 'style')) {
        const tagEnd = startTagEnd(html, i + 1 + (script ? 6 : 5))
        if (tagEnd === -1) break
        if (foreign === 0) {
          const end = script ? scriptDataEnd(html, tagEnd) : rawTextEnd(html, tagEnd, 'style')
          if (end === -1) break
          if (end - tagEnd >= minCutLength && end > tagEnd) ranges.push({start: tagEnd, end, tagName: script ? 'script' : 'style'})
          i = html.indexOf('<', end)
        } else {
          i = html.indexOf('<', tagEnd)
        }
        continue
      }
      if (tagNameAt(html, i + 1, 'svg') || tagNameAt(html, i + 1, 'math')) {
        const tagEnd = startTagEnd(html, i + 1)
        if (tagEnd === -1) break
        if (html.charCodeAt(tagEnd - 2) !== SLASH) foreign++
        i = html.indexOf('<', tagEnd)
        continue
      }
    }
    i = html.indexOf('<', i + 1)
  }
  return ranges.length === 0 ? {cuts: [], length: html.length} : reduce(html, ranges)
}

/** Work out how positions move when the ranges are taken out. */
function reduce(html: string, ranges: Array<{start: number; end: number; tagName: 'script' | 'style'}>): ReducedText {
  // Lines and columns as parse5 counts them (a line starts after LF, CR or CRLF): what vfile-location counts.
  const points = location(html)
  const cuts: RawTextCut[] = []
  let removed = 0
  let removedLines = 0
  for (const range of ranges) {
    const start = points.toPoint(range.start)!
    const end = points.toPoint(range.end)!
    const at = range.start - removed
    // Column of `at` in the reduced text: as in the original, unless an earlier cut ended on this line.
    const previous = cuts[cuts.length - 1]
    const reducedColumn = previous && previous.endLine === start.line ? reducedColumnOf(previous) + (range.start - previous.end) : start.column
    removed += range.end - range.start
    removedLines += end.line - start.line
    cuts.push({
      at,
      start: range.start,
      end: range.end,
      tagName: range.tagName,
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
      linesBefore: removedLines,
      atLine: start.line - (removedLines - (end.line - start.line)),
      columnShift: end.column - reducedColumn,
      removedBefore: removed
    })
  }
  return {cuts, length: html.length - removed}
}

/** Column of a cut's `at` in the reduced text. */
function reducedColumnOf(cut: RawTextCut): number {
  return cut.endColumn - cut.columnShift
}

/**
 * The text without the cut contents, as slices of `html` of at most `chunkLength` characters
 * each (slices share the original's memory until read).
 */
export function reducedChunks(html: string, cuts: readonly RawTextCut[], chunkLength: number): string[] {
  const chunks: string[] = []
  const add = (from: number, to: number): void => {
    for (let k = from; k < to; k += chunkLength) chunks.push(html.slice(k, Math.min(to, k + chunkLength)))
  }
  let from = 0
  for (const cut of cuts) {
    add(from, cut.start)
    from = cut.end
  }
  add(from, html.length)
  return chunks
}

/** Index just past a comment that starts before `i` (after `<!--`), or -1 when it runs to the end. */
function commentEnd(html: string, i: number): number {
  // `<!-->` and `<!--->` end at once; otherwise the first `-->` or `--!>`.
  if (html.charCodeAt(i) === GT) return i + 1
  if (html.charCodeAt(i) === DASH && html.charCodeAt(i + 1) === GT) return i + 2
  for (let k = html.indexOf('--', i); k !== -1; k = html.indexOf('--', k + 1)) {
    const next = html.charCodeAt(k + 2)
    if (next === GT) return k + 3
    if (next === BANG && html.charCodeAt(k + 3) === GT) return k + 4
  }
  return -1
}

/**
 * Index just past the `>` that ends a start tag whose name ends before `i`, following the
 * tokenizer's attribute states (a `>` inside a quoted value does not end it), or -1 at the end of
 * the input.
 */
function startTagEnd(html: string, i: number): number {
  const n = html.length
  while (i < n) {
    const code = html.charCodeAt(i)
    if (code === GT) return i + 1
    if (isSpace(code) || code === SLASH) {
      i++
      continue
    }
    // Attribute name: up to whitespace, `/`, `>` or `=` (the first character may be `=`).
    i++
    while (i < n) {
      const c = html.charCodeAt(i)
      if (isSpace(c) || c === SLASH || c === GT || c === EQUALS) break
      i++
    }
    while (i < n && isSpace(html.charCodeAt(i))) i++
    if (i >= n || html.charCodeAt(i) !== EQUALS) continue
    // Attribute value.
    i++
    while (i < n && isSpace(html.charCodeAt(i))) i++
    if (i >= n) return -1
    const quote = html.charCodeAt(i)
    if (quote === QUOTE || quote === APOSTROPHE) {
      const close = html.indexOf(quote === QUOTE ? '"' : "'", i + 1)
      if (close === -1) return -1
      i = close + 1
    } else {
      while (i < n) {
        const c = html.charCodeAt(i)
        if (isSpace(c) || c === GT) break
        i++
      }
    }
  }
  return -1
}

/** Start of the end tag `</name` that ends raw text (or RCDATA) starting at `i`, or -1. */
export function rawTextEnd(html: string, i: number, name: string): number {
  for (let k = html.indexOf('</', i); k !== -1; k = html.indexOf('</', k + 2)) {
    if (tagNameAt(html, k + 2, name)) return k
  }
  return -1
}

/** The tokenizer's script data states (HTML § 13.2.5.4–13.2.5.31) that matter for finding the end. */
type ScriptState = 'data' | 'escaped' | 'escaped-dash' | 'escaped-dash-dash' | 'double-escaped' | 'double-escaped-dash' | 'double-escaped-dash-dash'

/**
 * Start of the `</script` end tag that ends script data starting at `i`, or -1. Follows the
 * script data states: `</script` ends the script except inside a "double escaped" section
 * (`<!--` … `<script` … `-->`), where it only leaves that section.
 */
export function scriptDataEnd(html: string, i: number): number {
  const n = html.length
  let state: ScriptState = 'data'
  while (i < n) {
    if (state === 'data') {
      // Only `<` matters here: jump to it.
      const lt = html.indexOf('<', i)
      if (lt === -1) return -1
      i = lt + 1
      const next = html.charCodeAt(i)
      if (next === SLASH) {
        if (tagNameAt(html, i + 1, 'script')) return lt
      } else if (next === BANG && html.charCodeAt(i + 1) === DASH && html.charCodeAt(i + 2) === DASH) {
        // `<!--`: escape start, escape start dash, then "escaped dash dash".
        i += 3
        state = 'escaped-dash-dash'
      }
      continue
    }
    const code = html.charCodeAt(i)
    if (state === 'escaped' || state === 'escaped-dash' || state === 'escaped-dash-dash') {
      if (code === DASH) {
        state = state === 'escaped' ? 'escaped-dash' : 'escaped-dash-dash'
        i++
      } else if (code === LT) {
        const next = html.charCodeAt(i + 1)
        if (next === SLASH && tagNameAt(html, i + 2, 'script')) return i
        if (tagNameAt(html, i + 1, 'script')) {
          // `<script` followed by whitespace, `/` or `>`: double escaped from after that character.
          i += 8
          state = 'double-escaped'
        } else {
          i++
          state = 'escaped'
        }
      } else if (code === GT && state === 'escaped-dash-dash') {
        i++
        state = 'data'
      } else {
        i++
        state = 'escaped'
      }
      continue
    }
    // Double escaped: `</script` followed by whitespace, `/` or `>` goes back to escaped.
    if (code === DASH) {
      state = state === 'double-escaped' ? 'double-escaped-dash' : 'double-escaped-dash-dash'
      i++
    } else if (code === LT) {
      if (html.charCodeAt(i + 1) === SLASH && tagNameAt(html, i + 2, 'script')) {
        i += 9
        state = 'escaped'
      } else {
        i++
        state = 'double-escaped'
      }
    } else if (code === GT && state === 'double-escaped-dash-dash') {
      i++
      state = 'data'
    } else {
      i++
      state = 'double-escaped'
    }
  }
  return -1
}
