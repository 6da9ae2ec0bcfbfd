/**
 * Adversarial inputs: each must finish with a valid result. No timing assertions (the performance
 * bench measures speed); a hang shows as the test timeout. The 50 MB page takes about 30 s and 2.5 GB of memory.
 */
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'
import type {AnalyzeResult, Options} from '../../src/index.js'
import {checkHtmlRoundTrip, checkNoOverlap, checkReport, checkSafeHtml, checkSafeMarkdown, checkShape, decodedSource} from './invariants.js'

/** Analyse and check the result; the structural checks of the output HTML only when it is small enough to re-parse cheaply. */
function valid(input: string | Uint8Array, options: Options = {}): AnalyzeResult {
  const result = analyze(input, options)
  const source = decodedSource(input, options.encoding)
  const problems = [...checkShape(result), ...checkReport(result, source.length)]
  if (result.article.html.length < 2_000_000) {
    problems.push(...checkSafeHtml(result.article.html), ...checkHtmlRoundTrip(result), ...checkSafeMarkdown(result.article.markdown))
  }
  expect(problems).toEqual([])
  return result
}

const PARA = '<p>' + 'The council voted on Tuesday to approve the budget for the new river bridge, officials said. '.repeat(6) + '</p>'
const page = (body: string): string => `<!doctype html><html><head><title>T</title></head><body><article>${PARA}${body}${PARA}</article></body></html>`
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

describe('100,000-deep nesting (no stack overflow)', () => {
  it.each([
    ['div', '<div>', ''],
    ['span', '<span>', ''],
    ['a', '<a href="https://example.com/x">', ''],
    ['b (formatting elements, reconstructed)', '<b>', ''],
    ['i and em and del (nested emphasis in Markdown)', '<i><em><del>', ''],
    ['ul/li', '<ul><li>', ''],
    ['blockquote with text at every level', '<blockquote>quoted, ', ''],
    ['svg', '<svg><g>', ''],
    ['math', '<math><mrow>', ''],
    ['template', '<template>', ''],
    ['noscript', '<noscript>', ''],
    ['hidden divs', '<div hidden>', ''],
    ['closed div', '<div>', '</div>'],
    ['closed span', '<span>', '</span>']
  ])('%s', (_, open, close) => {
    const repeat = Math.ceil(100_000 / (open.match(/</g)?.length ?? 1))
    const result = valid(page(open.repeat(repeat) + 'deep text, at the bottom.' + close.repeat(repeat)))
    expect(result.article.text).toContain('The council voted')
  })

  it('table/tr/td (100,000 tags)', () => {
    valid(page('<table><tr><td>'.repeat(33_334) + 'cell'))
  })

  it('keeps text nested deeper than the cap, in order, and hidden text hidden', () => {
    const result = valid(page('<div>'.repeat(2000) + '<p>first deep words</p><div hidden>zqhidden</div><p>second deep words</p>' + '</div>'.repeat(2000)))
    expect(result.article.text).toContain('first deep words')
    expect(result.article.text.indexOf('first deep words')).toBeLessThan(result.article.text.indexOf('second deep words'))
    expect(result.article.text).not.toContain('zqhidden')
  })
})

describe('large inputs', () => {
  it('a 50 MB page', () => {
    const unit = `<div class="post"><h2>Headline</h2>${PARA}${PARA}<ul class="menu">${'<li><a href="/x">Section link</a></li>'.repeat(10)}</ul></div>\n`
    const html = page(unit.repeat(Math.ceil(50_000_000 / unit.length)))
    expect(html.length).toBeGreaterThan(50_000_000)
    expect(valid(html).article.text.length).toBeGreaterThan(10_000_000)
  }, 180_000)

  it('a million entities', () => {
    const result = valid(page(`<p>${'&amp;&#x1F600;&lt;&nbsp;&#0;&bogus; '.repeat(170_000)}</p>`))
    expect(result.article.text).toContain('&😀<')
  })

  it('a 5 MB single text node', () => {
    valid(page(`<p>${'lorem ipsum dolor sit amet, consectetur '.repeat(125_000)}</p>`))
  })

  it('a 5 MB word without spaces, Latin and CJK', () => {
    valid(page(`<p>${'a'.repeat(5_000_000)}</p>`))
    valid(page(`<p>${'新闻记者报道东京博彩'.repeat(200_000)}</p>`))
  })

  it('1 MB attribute values (title, class, style, href, alt)', () => {
    valid(page(`<p title="${'t'.repeat(1e6)}" class="${'c '.repeat(5e5)}" style="${'color:red;'.repeat(1e5)}">text <a href="https://e.com/${'x'.repeat(1e6)}">link</a> <img alt="${'casino '.repeat(150_000)}" src="a.png"></p>`))
  })

  it('10,000 links in one block', () => {
    const result = valid(page(`<p>${'<a href="https://spam.example/x">casino bonus</a> '.repeat(10_000)}</p>`))
    expect(result.report.blocks.length).toBeGreaterThan(0)
  })

  it('30,000 teaser paragraphs ending in an ellipsis that share their opening (quadratic before: 41 s for 20,000)', () => {
    const teasers = Array.from({length: 30_000}, (_, i) => `<p>The council voted on Tuesday to approve item ${i} of the budget...</p>`).join('')
    valid(page(teasers))
  })

  it('pathological CSS: 200 KB without braces, 20,000 hiding rules, a 400 KB inline style', () => {
    valid(`<html><head><style>${'a'.repeat(200_000)}</style><style>${'.a{display:none}'.repeat(20_000)}</style></head><body><article>${PARA}<p class="a" style="${'x:y;'.repeat(100_000)}display:none">hidden</p></article></body></html>`)
  })

  it('100,000 comments, <br>s, inline elements, links without href and images without src in one paragraph', () => {
    valid(`<html><body><p>${'a<!-- c -->b<br><b>x</b> <a>y</a><img> '.repeat(20_000)}</p></body></html>`)
  })

  it('pathological JSON-LD and metadata', () => {
    valid(`<html><head><script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script><script type="application/ld+json">{"@type":"NewsArticle","author":${'{"name":'.repeat(50_000)}"x"${'}'.repeat(50_000)}}</script>${'<meta name="keywords" content="casino viagra">'.repeat(10_000)}</head><body>${PARA}</body></html>`)
  })

  it.each([
    ['a 1 MB title full of separators', `<html><head><title>${'a | b - c :: '.repeat(80_000)}</title></head><body><h1>${'a | b '.repeat(50_000)}</h1>${PARA}</body></html>`],
    ['1 MB meta values', `<html><head><meta property="og:title" content="${'x'.repeat(1e6)}"><meta name="author" content="${'By '.repeat(3e5)}"><meta property="article:published_time" content="${'2024-'.repeat(2e5)}"></head><body>${PARA}</body></html>`],
    ['10,000 <time> elements', `<html><body><article>${'<time datetime="2024-01-01">Jan 1</time> '.repeat(10_000)}${PARA}</article></body></html>`],
    ['a 1 MB byline without spaces', `<html><body><article><p>By${'Smith'.repeat(2e5)}</p>${PARA}</article></body></html>`],
    ['date soup', `<html><body><article><p>${'2024/01/01 2024年1月1日 1 January 2024 '.repeat(30_000)}</p>${PARA}</article></body></html>`],
    ['a JSON-LD graph of 20,000 linked nodes', `<html><head><script type="application/ld+json">{"@graph":[${Array.from({length: 20_000}, (_, i) => `{"@id":"#a${i}","@type":"Person","name":"N${i}","author":{"@id":"#a${i + 1}"}}`).join(',')}]}</script></head><body>${PARA}</body></html>`],
    ['a JSON-LD node that is its own author', `<html><head><script type="application/ld+json">{"@type":"NewsArticle","@id":"#x","author":{"@id":"#x"},"headline":"H"}</script></head><body>${PARA}</body></html>`],
    ['3,000 nested microdata items', `<html><body>${'<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">n</span>'.repeat(3000)}${PARA}</body></html>`],
    ['a 1 MB lang attribute', `<html lang="${'x-'.repeat(5e5)}"><body>${PARA}</body></html>`]
  ])('pathological metadata: %s', (_, html) => {
    valid(html)
  })

  it('30,000 lines of plain text', () => {
    valid('A line of plain text, with words.\n'.repeat(30_000), {format: 'text'})
  })
})

describe('bad characters and bytes', () => {
  it('lone surrogates and NULs in a string', () => {
    valid(page(`<p>lone \ud800 high, \udc00 low, \udfff\ud800 reversed, NUL \u0000 here, &#0; &#xD800;</p>`))
    valid('plain \ud800 text \u0000 with NUL\r\nand CR\rinside', {format: 'text'})
    valid('\u0000'.repeat(10_000))
    valid('\ud800'.repeat(10_000))
  })

  it('invalid UTF-8 bytes (overlong, CESU surrogates, truncated, stray continuation)', () => {
    const bad = new Uint8Array([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xe2, 0x82, 0x80, 0xbf, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe4, 0xb8])
    const result = valid(concat(utf8(page('<p>before ')), bad, utf8(' after</p>')))
    expect(result.report.encoding).toBe('windows-1252')
    valid(bad)
    valid(new Uint8Array(100_000).fill(0xff))
  })

  it('NUL bytes', () => {
    valid(concat(utf8('<html><body><p>a'), new Uint8Array(1000), utf8('b</p></body></html>')))
    valid(new Uint8Array(10_000))
  })

  it('a <meta charset> that lies', () => {
    const body = page('<p>Zürich café 新闻 😀</p>')
    expect(valid(utf8(`<meta charset="windows-1252">${body}`)).report.encoding).toBe('windows-1252')
    expect(valid(utf8(`<meta charset="utf-16">${body}`)).report.encoding).toBe('utf-8')
    expect(valid(utf8(`<meta charset="shift_jis">${body}`)).report.encoding).toBe('shift_jis')
    expect(valid(utf8(`<meta charset="no-such-encoding">${body}`)).report.encoding).toBe('utf-8')
    expect(valid(utf8(`<meta charset="x-user-defined">${body}`)).report.encoding).toBe('windows-1252')
  })

  it('mixed encodings in one document', () => {
    const gbk = new Uint8Array([0xd0, 0xc2, 0xce, 0xc5, 0xbc, 0xc7, 0xd5, 0xdf]) // 新闻记者 in GBK
    const result = valid(concat(utf8(page('<p>UTF-8 新闻 then GBK: ')), gbk, utf8(' then Latin-1: '), new Uint8Array([0xe9, 0xe8]), utf8('</p>')))
    expect(result.report.encoding).toBe('windows-1252')
    valid(concat(utf8('<meta charset="gbk">'), utf8(page('<p>UTF-8 新闻 under a GBK label</p>'))))
  })

  it('byte order marks that disagree with the content', () => {
    valid(concat(new Uint8Array([0xfe, 0xff]), utf8(page('<p>UTF-8 after a UTF-16BE BOM</p>'))))
    valid(concat(new Uint8Array([0xff, 0xfe]), utf8(page('<p>odd length</p>x'))))
    valid(new Uint8Array([0xef, 0xbb, 0xbf]))
  })
})

describe('regressions: bugs this suite found outside the parser and serialisers', () => {
  // Was: src/segment/blocks.ts closeRun took a run's range from its first node's start to its last node's end; with
  // the last node an inline element holding a block (<span><a>…</a><div>…</div></span>), the range covered that
  // block too, so two 'block' findings overlapped (85–221 held 145–208). Fixed in a35b848.
  it('block findings do not overlap when an inline element holds a block', () => {
    const html = '<body><article><p>the the, and more words of prose about the council, as it said.</p><span><a href="https://spam.example/1">casino bonus</a><div><a href="https://spam2.example/2">viagra cheap pills casino</a></div></span></article></body>'
    expect(checkNoOverlap(analyze(html))).toEqual([])
  })

  // KNOWN BUG (src/segment/blocks.ts, block ranges; found by bench/fuzz.ts --overlap, 4 in 10,000 cases): foster
  // parenting puts `<r>viagra` (after the table's cell in the source) before the table in the tree, in the run of
  // the text `"` `>` before it, so that run's block spans 0–29, over the cell's block (reported at 15–15, an empty
  // range for the text 六合彩 at 12–15). The parser cannot give one range to a run whose nodes are not contiguous
  // in the source. Flip to `it` once fixed.
  it('block findings do not overlap when foster parenting moves content before a table', () => {
    expect(checkNoOverlap(analyze('"><table><td>六合彩</td><r>viagra'))).toEqual([])
  })

  // Was: src/segment/tags.ts SKIP_TAGS lacked 'title': a <title> in the body (parse5 keeps it where it stands) is not
  // rendered by browsers (display: none), yet its text became a block and reached article.text. Fixed in a35b848.
  it('text of a <title> inside the body does not reach the article', () => {
    const html = page('<title>zqtitlemark secret</title>')
    expect(analyze(html).article.text).not.toContain('zqtitlemark')
  })
})
