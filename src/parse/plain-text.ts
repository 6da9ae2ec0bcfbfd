import type {Element, Root, Text} from 'hast'

/**
 * Tags whose presence marks a string as HTML rather than plain text. A plain-text article
 * rarely contains one of these opening tags; every real page contains several.
 */
const HTML_SIGNATURE = /<(?:!doctype|html|head|body|meta|title|div|p|span|a|br|table|ul|ol|li|h[1-6]|article|section|img|script|style|main|header|footer|nav|strong|em|b|i)(?=[\s>/])/i

/** Whether `input` looks like HTML (else it is read as plain text). */
export function looksLikeHtml(input: string): boolean {
  return HTML_SIGNATURE.test(input)
}

/**
 * Turn plain text (such as an article scraped without markup) into a hast tree: every
 * non-blank line becomes a `<p>` whose text node keeps the line's offsets in `text`, so
 * findings map back to the input exactly as for HTML.
 */
export function parsePlainText(text: string): Root {
  const paragraphs: Element[] = []
  let lineStart = 0
  let line = 1
  const length = text.length
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = length
    let start = lineStart
    let end = lineEnd
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end > start) {
      const position = {
        start: {line, column: start - lineStart + 1, offset: start},
        end: {line, column: end - lineStart + 1, offset: end}
      }
      // As in parsed HTML, text holds no NUL and no CR (the HTML parser drops or replaces them); one for one, so offsets hold.
      const value: Text = {type: 'text', value: text.slice(start, end).replace(NUL_OR_CR, (c) => (c === '\0' ? '\ufffd' : ' ')), position}
      paragraphs.push({type: 'element', tagName: 'p', properties: {}, children: [value], position})
    }
    lineStart = lineEnd + 1
    line++
  }
  const body: Element = {type: 'element', tagName: 'body', properties: {}, children: paragraphs}
  const html: Element = {
    type: 'element',
    tagName: 'html',
    properties: {},
    children: [{type: 'element', tagName: 'head', properties: {}, children: []}, body]
  }
  return {type: 'root', children: [html]}
}

/** Characters that parsed HTML text never holds. */
const NUL_OR_CR = /[\0\r]/g

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x3000
}
