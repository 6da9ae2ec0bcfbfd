import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

const seedHtml = readFileSync('examples/article-with-spam.html', 'utf8')
const seedBytes = readFileSync('examples/article-with-spam.html')

/** The article's paragraphs as the page shows them (read from the page, not hard-coded). */
function seedParagraphs(): string[] {
  const body = seedHtml.slice(seedHtml.indexOf('<div class="article-content">'), seedHtml.indexOf('<div class="keywords">'))
  return [...body.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim()).filter((t) => t.length > 0)
}

function seedAnchors(): string[] {
  const links = seedHtml.slice(seedHtml.indexOf('<div class="link-block">'))
  return [...links.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((m) => m[1]!)
}

describe('analyze on the seed page', () => {
  const {article, report} = analyze(seedBytes)

  it('reads the headline and the publication time', () => {
    expect(article.title).toBe('熱資訊!“三部曲”奏響民族團結進步最強音')
    expect(article.published).toBe('2023-04-24T09:40:53')
  })

  it('keeps every paragraph of the article', () => {
    const paragraphs = seedParagraphs()
    expect(paragraphs.length).toBe(13)
    for (const paragraph of paragraphs) expect(article.text).toContain(paragraph)
  })

  it('separates paragraphs by a blank line', () => {
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(13)
  })

  it('leaves all 41 spam anchors out of the article', () => {
    const anchors = seedAnchors()
    expect(anchors.length).toBe(41)
    for (const anchor of anchors) {
      expect(article.text).not.toContain(anchor)
      expect(article.html).not.toContain(anchor)
      expect(article.markdown).not.toContain(anchor)
    }
  })

  it('rates the page high and reports the spam block at its offsets', () => {
    expect(report.level).toBe('high')
    const block = report.blocks.find((b) => b.kind === 'block' && b.level === 'high')
    expect(block).toBeDefined()
    const source = seedHtml.slice(block!.start, block!.end)
    for (const anchor of seedAnchors()) expect(source).toContain(anchor)
    expect(block!.removed).toBe(true)
    expect(block!.reasons.length).toBeGreaterThan(0)
  })

  it('gives the same result for the string and the bytes', () => {
    expect(JSON.stringify(analyze(seedHtml))).toBe(JSON.stringify({article, report}))
  })

  it('sanitizes the article html', () => {
    expect(article.html).not.toMatch(/<script|javascript:|\son\w+=/i)
  })
})

describe('analyze on empty and non-article input', () => {
  it.each([
    ['an empty string', ''],
    ['whitespace', '   \n\t  '],
    ['an empty document', '<!doctype html><html><head></head><body></body></html>'],
    ['a page of only a menu', '<nav><a href="/">Home</a> <a href="/a">About</a></nav>'],
    ['empty bytes', new Uint8Array(0)]
  ])('returns an empty article and level none for %s', (_name, input) => {
    const {article, report} = analyze(input)
    expect(article.text).toBe('')
    expect(article.html).toBe('')
    expect(report.level).toBe('none')
    expect(report.blocks.filter((b) => b.level !== 'low')).toEqual([])
  })
})
