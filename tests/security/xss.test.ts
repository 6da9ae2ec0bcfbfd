/**
 * XSS: every payload of tests/fixtures/xss/payloads.txt, embedded in a paragraph of a realistic article (so it
 * is in the extracted part), must leave no script in the output. Checked on the parse tree of article.html
 * (hast-util-from-html), not by regex only: no script/style/base/form/iframe/object/embed/meta/link elements,
 * no on* handler, no srcdoc/style/formaction, no javascript:/vbscript:/data: URL in a URL attribute; and no
 * such link in article.markdown.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'
import type {AnalyzeResult, Options} from '../../src/index.js'
import {checkSafeHtml, checkSafeMarkdown} from '../robustness/invariants.js'

/** Payloads, one a line; `#` lines are comments; `\n`, `\t`, `\xNN` are unescaped. */
const PAYLOADS = readFileSync(new URL('../fixtures/xss/payloads.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.replace(/\\(n|t|x[0-9a-fA-F]{2})/g, (_, e: string) => (e === 'n' ? '\n' : e === 't' ? '\t' : String.fromCharCode(parseInt(e.slice(1), 16)))))

const PROSE =
  'The city council approved the new budget on Tuesday after a long debate about the river bridge, ' +
  'the school repairs and the bus lines, officials said. The vote was seven to two, and the mayor said '

/** An article page with the payload in the middle of its second paragraph, or as a block of its own. */
function pageWith(payload: string, placement: 'paragraph' | 'block'): string {
  const inner = placement === 'paragraph' ? `<p>Before the payload, ${PROSE} ${payload} after the payload, ${PROSE}</p>` : `${payload}<p>After the payload block, ${PROSE}</p>`
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget - City News</title></head><body>' +
    '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>' +
    `<main><article><h1>Council approves budget</h1><p class="byline">By Jane Reporter</p><p>First paragraph, ${PROSE} it was a good day.</p>` +
    `${inner}<p>Third paragraph, ${PROSE} the work starts in spring.</p></article></main>` +
    '<footer><p>© City News</p></footer></body></html>'
  )
}

function problems(result: AnalyzeResult): string[] {
  const {html, markdown} = result.article
  const found = [...checkSafeHtml(html), ...checkSafeMarkdown(markdown)]
  // Belt and braces on the raw string, attribute values blanked (`<` stays raw inside them, harmlessly; text
  // escapes it): the parse-tree checks above are the real ones.
  const markup = html.replace(/=("[^"]*"|'[^']*')/g, '=""')
  if (/<\s*script/i.test(markup)) found.push('"<script" in article.html')
  if (/\son[a-z]+\s*=/i.test(markup.replace(/>[^<]*</g, '><'))) found.push('an on*= attribute in article.html')
  if (/\]\(\s*<?\s*(?:javascript|vbscript|data):/i.test(markdown)) found.push('a javascript:/vbscript:/data: link in article.markdown')
  return found
}

describe('XSS payloads leave no script in the article', () => {
  it('has at least 100 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100)
  })

  const options: Array<[string, Options]> = [
    ['', {}],
    [' (with a page URL: relative URLs resolved)', {url: 'https://news.example/2024/budget.html'}],
    [' (removeLevel high)', {removeLevel: 'high'}]
  ]
  for (const [label, settings] of options) {
    it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))(`payload %i in a paragraph${label}: %s`, (_, payload) => {
      const result = analyze(pageWith(payload, 'paragraph'), settings)
      expect(result.article.text).toContain('Before the payload')
      expect(problems(result)).toEqual([])
    })
  }

  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))('payload %i as a block of the article: %s', (_, payload) => {
    const result = analyze(pageWith(payload, 'block'))
    expect(result.article.text).toContain('First paragraph')
    expect(problems(result)).toEqual([])
  })

  it('all payloads at once, as bytes', () => {
    const result = analyze(new TextEncoder().encode(pageWith(PAYLOADS.join('\n'), 'paragraph')))
    expect(problems(result)).toEqual([])
  })

  it('the checks catch what they look for (no vacuous pass)', () => {
    for (const bad of [
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href=" VBSCRIPT:x">x</a>',
      '<img src="data:image/svg+xml,x">', '<iframe srcdoc="x"></iframe>', '<base href="https://evil.example/">', '<form action="https://e.example/"></form>',
      '<p style="color:red">x</p>', '<object data="x"></object>', '<embed src="x">', '<meta http-equiv="refresh">', '<link rel="import">', '<style>p{}</style>',
      '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '<button formaction="javascript:alert(1)">x</button>'
    ]) {
      expect(checkSafeHtml(bad), bad).not.toEqual([])
    }
    expect(checkSafeMarkdown('[x](javascript:alert(1))')).not.toEqual([])
    expect(checkSafeMarkdown('<javascript:alert(1)>')).not.toEqual([])
    expect(checkSafeMarkdown('[x]: javascript:alert(1)')).not.toEqual([])
    expect(checkSafeMarkdown('[x](https://example.com/) and the text javascript:alert(1)')).toEqual([])
  })

  it('keeps the safe parts: an https link and an image', () => {
    const result = analyze(pageWith('<a href="https://example.com/report">the report</a> <img src="https://example.com/a.png" alt="chart">', 'paragraph'))
    expect(result.article.html).toContain('<a href="https://example.com/report">the report</a>')
    expect(result.article.html).toContain('src="https://example.com/a.png"')
  })
})
