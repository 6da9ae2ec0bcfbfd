import {readFileSync} from 'node:fs'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import {normaliseDate, readMetadata} from '../../src/extract/metadata.js'
import type {Metadata} from '../../src/extract/metadata.js'

/** A fixture page, the selector of its article (if any) and the metadata expected. */
function fixture(name: string): {tree: Root; article: Element | undefined; expected: Metadata} {
  const dir = new URL(`../fixtures/metadata-${name}/`, import.meta.url)
  const spec = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {page?: string; article?: string; expected: Metadata}
  // `page` points at a page kept elsewhere (the seed lives in examples/), else page.html beside it.
  const tree = fromHtml(readFileSync(new URL(spec.page ?? 'page.html', dir), 'utf8'))
  return {tree, article: spec.article ? select(spec.article, tree) : undefined, expected: spec.expected}
}

/** Metadata of a page given as HTML. */
function read(html: string, article?: string): Metadata {
  const tree = fromHtml(html)
  return readMetadata(tree, article ? {article: select(article, tree)} : undefined)
}

describe('readMetadata on fixture pages', () => {
  it.each([
    ['english-jsonld', 'an English news page with JSON-LD, which beats Open Graph and meta'],
    ['og-only', 'a page with only Open Graph tags and broken JSON-LD'],
    ['chinese-seed', 'the traditional Chinese seed page with spam links'],
    ['simplified-chinese', 'a simplified Chinese page with 记者 and 2023年4月24日'],
    ['yoast-graph', 'a WordPress page with a Yoast @graph and an author @id reference'],
    ['visible-english', 'a page with only a visible byline and date']
  ])('reads the %s fixture (%s)', (name) => {
    const {tree, article, expected} = fixture(name)
    expect(readMetadata(tree, {article})).toEqual(expected)
  })

  it('reads the seed page the same without an article', () => {
    const {tree, expected} = fixture('chinese-seed')
    expect(readMetadata(tree)).toEqual(expected)
  })

  it('does not modify the tree', () => {
    const {tree, article} = fixture('english-jsonld')
    const before = structuredClone(tree)
    readMetadata(tree, {article})
    expect(tree).toEqual(before)
  })
})

describe('title', () => {
  it.each([
    ['<title>Title_評論_新聞資訊網</title>', '', 'Title'],
    ['<title>熱資訊!“三部曲”奏響民族團結進步最強音_評論_新聞資訊網</title>', '', '熱資訊!“三部曲”奏響民族團結進步最強音'],
    ['<title>The mayor resigns after a long scandal | Daily Planet</title>', '', 'The mayor resigns after a long scandal'],
    ['<title>Daily Planet | The mayor resigns after a long scandal</title><meta property="og:site_name" content="Daily Planet">', '', 'The mayor resigns after a long scandal'],
    ['<title>Ukraine - the war continues - BBC News</title>', '', 'Ukraine - the war continues'],
    ['<title>Apple - a long review of the brand new phone</title>', '', 'Apple - a long review of the brand new phone'],
    ['<title>Covid-19 cases rise again in the city</title>', '', 'Covid-19 cases rise again in the city'],
    ['<title>News about the flood - Site</title>', '<h1>News</h1>', 'News about the flood'],
    ['<title>Short - Site</title>', '<h1>Short</h1>', 'Short'],
    ['', '<h1>Only a heading</h1>', 'Only a heading']
  ])('reads %j with %j as %j', (head, body, title) => {
    expect(read(`<html><head>${head}</head><body>${body}</body></html>`).title).toBe(title)
  })

  it('prefers the headline option when <title> contains it', () => {
    const tree = fromHtml('<title>Big news today | Site</title><h1>Other</h1>')
    expect(readMetadata(tree, {headline: 'Big news today'}).title).toBe('Big news today')
  })

  it('keeps a JSON-LD headline whole', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets fall - and rise"}</script>'
    expect(read(html).title).toBe('Markets fall - and rise')
  })
})

describe('published', () => {
  it.each([
    ['2023-04-24T09:40:53+08:00', '2023-04-24T09:40:53+08:00'],
    ['2023-04-24T09:40:53.123Z', '2023-04-24T09:40:53Z'],
    ['2023-04-24T01:40:53+0800', '2023-04-24T01:40:53+08:00'],
    ['2023-04-24 09:40:53', '2023-04-24T09:40:53'],
    ['2023-4-4 9:05', '2023-04-04T09:05:00'],
    ['2023/04/24', '2023-04-24'],
    ['2023.04.24', '2023-04-24'],
    ['2023-04-24', '2023-04-24'],
    ['2023年4月24日 09:40', '2023-04-24T09:40:00'],
    ['2023年04月24日09时40分12秒', '2023-04-24T09:40:12'],
    ['2023年4月24日 下午3:05', '2023-04-24T15:05:00'],
    ['April 24, 2023', '2023-04-24'],
    ['Apr. 24th, 2023 at 9:40 a.m.', '2023-04-24T09:40:00'],
    ['Sept 3, 2023 12:15 PM', '2023-09-03T12:15:00'],
    ['24 Apr 2023', '2023-04-24'],
    ['Mon, 24 Apr 2023 09:40:53 +0800', '2023-04-24T09:40:53+08:00'],
    ['Mon, 24 Apr 2023 09:40:53 GMT', '2023-04-24T09:40:53Z'],
    ['1682300453', '2023-04-24T01:40:53Z'],
    ['1682300453000', '2023-04-24T01:40:53Z']
  ])('reads %j as %j', (input, output) => {
    expect(normaliseDate(input)).toBe(output)
  })

  it.each([
    ['2023-13-01'],
    ['2023-02-29'],
    ['2023-04-31'],
    ['2023-04-24 25:00'],
    ['0999-01-01'],
    ['April 32, 2023'],
    ['yesterday'],
    [''],
    ['12345']
  ])('rejects %j', (input) => {
    expect(normaliseDate(input)).toBeNull()
  })

  it('accepts 29 February in a leap year', () => {
    expect(normaliseDate('2024-02-29')).toBe('2024-02-29')
  })

  it('drops an out-of-range zone but keeps the local time', () => {
    expect(normaliseDate('2023-04-24T09:40:53+25:00')).toBe('2023-04-24T09:40:53')
  })

  it.each([
    ['JSON-LD', '<script type="application/ld+json">[{"@type":"BlogPosting","datePublished":"2021-01-02"}]</script>', '2021-01-02'],
    ['article:published_time', '<meta property="article:published_time" content="2021-01-02T03:04:05Z">', '2021-01-02T03:04:05Z'],
    ['pubdate meta', '<meta name="pubdate" content="20210102">', null],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2021-01-02">', '2021-01-02'],
    ['itemprop datePublished', '<span itemprop="datePublished" content="2021-01-02">Jan 2</span>', '2021-01-02'],
    ['<time datetime>', '<h1>T</h1><time datetime="2021-01-02T10:00">Jan 2</time>', '2021-01-02T10:00:00'],
    ['visible text', '<h1>T</h1><p>Posted 2021-01-02 10:00</p>', '2021-01-02T10:00:00']
  ])('reads the date from %s', (_, html, published) => {
    expect(read(html).published).toBe(published)
  })

  it('prefers the date just before the article to one in the page header', () => {
    const html = '<div>Today: 2023-05-01</div><h1>T</h1><div>2023-04-24 09:40</div><div id="a"><p>Body from 2019-01-01.</p></div>'
    expect(read(html, '#a').published).toBe('2023-04-24T09:40:00')
  })

  it('ignores a <time> in the sidebar when the article is given', () => {
    const html = `<aside><time datetime="2020-01-01">old</time></aside><p>${'x '.repeat(2000)}</p><article><p>Body</p></article>`
    expect(read(html, 'article').published).toBeNull()
  })
})

describe('byline', () => {
  it.each([
    ['a string author', '"author":"Jane Doe"', 'Jane Doe'],
    ['an object author', '"author":{"@type":"Person","name":"Jane Doe"}', 'Jane Doe'],
    ['an array of authors', '"author":[{"name":"Jane Doe"},"John Roe"]', 'Jane Doe, John Roe'],
    ['a URL author (skipped)', '"author":"https://ex.test/jane"', '']
  ])('reads %s from JSON-LD', (_, author, byline) => {
    expect(read(`<script type="application/ld+json">{"@type":"NewsArticle",${author}}</script>`).byline).toBe(byline)
  })

  it.each([
    ['<meta name="author" content="By Jane Doe">', 'Jane Doe'],
    ['<meta name="byl" content="By JANE DOE and JOHN ROE">', 'JANE DOE and JOHN ROE'],
    ['<meta property="article:author" content="https://facebook.com/jane"><meta name="parsely-author" content="Jane Doe">', 'Jane Doe'],
    ['<h1>T</h1><a rel="author" href="/jane">Jane Doe</a>', 'Jane Doe'],
    ['<h1>T</h1><span itemprop="author"><span itemprop="name">Jane Doe</span></span>', 'Jane Doe'],
    ['<h1>T</h1><div class="article-byline">By Jane Doe</div>', 'Jane Doe'],
    ['<h1>T</h1><p>By Jane Doe, Reuters</p>', 'Jane Doe, Reuters'],
    ['<h1>T</h1><p>By Jane Doe Updated April 24, 2023</p>', 'Jane Doe'],
    ['<h1>T</h1><p>Written by: Maria de la Cruz | 5 min read</p>', 'Maria de la Cruz'],
    ['<h1>T</h1><p>by the way, nothing here</p>', ''],
    ['<h1>T</h1><p>The dog was bitten by Jane Doe.</p>', ''],
    ['<h1>T</h1><p>(記者:王嘉偉;編輯:吳存德)</p>', '王嘉偉'],
    ['<h1>T</h1><p>记者 王嘉伟</p>', '王嘉伟'],
    ['<h1>T</h1><p>本报记者王嘉伟报道</p>', '王嘉伟'],
    ['<h1>T</h1><p>作者：阿依古丽·买买提</p>', '阿依古丽·买买提'],
    ['<h1>T</h1><p>文/张三</p>', '张三'],
    ['<h1>T</h1><p>作者简介：张三是一名记者</p>', ''],
    ['<h1>T</h1><p>來源:包頭新聞網 責任編輯:hnmd003</p>', '']
  ])('reads the byline of %j as %j', (html, byline) => {
    expect(read(html).byline).toBe(byline)
  })
})

describe('site name and language', () => {
  it.each([
    ['JSON-LD publisher', '<script type="application/ld+json">{"@type":"Article","publisher":{"name":"Pub"}}</script><meta property="og:site_name" content="OG">', 'Pub'],
    ['og:site_name over the title suffix', '<meta property="og:site_name" content="OG"><title>Long enough headline here - Suffix</title>', 'OG'],
    ['the title suffix over 來源', '<title>很長的新聞標題在這裡_新聞網</title><h1>很長的新聞標題在這裡</h1><p>來源:包頭新聞網</p>', '新聞網'],
    ['來源 as the last resort', '<h1>標題</h1><p>來源:包頭新聞網</p>', '包頭新聞網']
  ])('takes %s', (_, html, siteName) => {
    expect(read(html).siteName).toBe(siteName)
  })

  it.each([
    ['<html lang="zh-Hant">', 'zh-Hant'],
    ['<html lang="en_US">', 'en-US'],
    ['<html lang="not a language!">', ''],
    ['<html><meta http-equiv="Content-Language" content="de, en">', 'de'],
    ['<html><meta property="og:locale" content="pt_BR">', 'pt-BR']
  ])('reads the language of %j as %j', (html, lang) => {
    expect(read(html).lang).toBe(lang)
  })
})

describe('robustness', () => {
  it('returns empty metadata for an empty tree', () => {
    expect(readMetadata({type: 'root', children: []})).toEqual({
      title: '', byline: '', published: null, siteName: '', lang: '', description: ''
    })
  })

  it.each([
    ['{'],
    ['{"@type": "NewsArticle", "headline": '],
    ['null'],
    ['[[[[[]]]]]'],
    ['"just a string"'],
    ['{"@graph": {"@graph": {"@graph": null}}}'],
    ['{"@type": ["NewsArticle"], "headline": ["Array headline"], "author": {"@id": "#missing"}}']
  ])('never throws on the JSON-LD %j', (json) => {
    expect(() => read(`<script type="application/ld+json">${json}</script>`)).not.toThrow()
  })

  it('repairs raw newlines inside JSON-LD strings', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Line one\nline two"}</script>'
    expect(read(html).title).toBe('Line one line two')
  })

  it.each([
    ['digits', '1'.repeat(300_000)],
    ['date-like runs', '2023-04-24 '.repeat(50_000)],
    ['spaces after a CJK date prefix', `2023年${' '.repeat(300_000)}4月`],
    ['By lines', '\nBy '.repeat(100_000)],
    ['CJK byline keywords', '記者'.repeat(200_000)],
    ['separators', ' - '.repeat(100_000)],
    ['month names', 'April '.repeat(100_000)]
  ])('reads a page full of %s in linear time', (_, text) => {
    const started = Date.now()
    read(`<title>${text}</title><h1>${text}</h1><p>${text}</p><meta name="date" content="${text}">`)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('walks a very deep tree without overflowing the stack', () => {
    // Built by hand: hast-util-from-html itself recurses too deep on such input.
    let node: Element = {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'By Jane Doe'}]}
    for (let i = 0; i < 100_000; i++) node = {type: 'element', tagName: 'div', properties: {}, children: [node]}
    expect(readMetadata({type: 'root', children: [node]}).byline).toBe('Jane Doe')
  })
})
