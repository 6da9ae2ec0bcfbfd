import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze, ArticleGuardError} from '../src/index.js'

const seed = readFileSync('examples/article-with-spam.html', 'utf8')
const clean = readFileSync('examples/clean-article.html', 'utf8')

/** The clean example with a block of invented spam vocabulary appended after its article. */
function withInventedSpam(): string {
  const words = ['zorvexa', 'qalmirix', 'blentora', 'vyxomid', 'plarnex']
  const links = words.flatMap((w, i) => words.map((v, j) => `<a href="/p/${i}-${j}">${w} ${v} online</a>`)).join(' | ')
  return clean.replace('</body>', `<div class="links">${links}</div></body>`)
}

describe('options', () => {
  it('finds terms of a user dictionary', () => {
    const html = withInventedSpam()
    const without = analyze(html)
    expect(without.report.blocks.flatMap((b) => b.matches)).toEqual([])
    const withDictionary = analyze(html, {
      dictionaries: [{lang: 'en', category: 'pharma', name: 'house.json', terms: [{term: 'zorvexa', severity: 3}, 'qalmirix', 'blentora']}]
    })
    const matches = withDictionary.report.blocks.flatMap((b) => b.matches)
    expect(matches.some((m) => m.term === 'zorvexa' && m.category === 'pharma')).toBe(true)
    expect(withDictionary.report.score).toBeGreaterThan(without.report.score)
  })

  it('never reports allowed terms', () => {
    const allowed = analyze(seed, {allow: ['亚洲精品国产']})
    const terms = allowed.report.blocks.flatMap((b) => b.matches.map((m) => m.term))
    expect(terms).not.toContain('亚洲精品国产')
    expect(terms.length).toBeGreaterThan(0)
  })

  it('matches only the chosen categories', () => {
    const porn = analyze(seed, {categories: ['porn']})
    const gambling = analyze(seed, {categories: ['gambling']})
    expect(porn.report.blocks.flatMap((b) => b.matches).every((m) => m.category === 'porn')).toBe(true)
    expect(gambling.report.blocks.flatMap((b) => b.matches).filter((m) => m.category === 'porn')).toEqual([])
  })

  it('ignores disabled categories', () => {
    const result = analyze(seed, {disableCategories: ['porn']})
    expect(result.report.blocks.flatMap((b) => b.matches).filter((m) => m.category === 'porn')).toEqual([])
  })

  it('runs without built-in dictionaries on structure alone', () => {
    const result = analyze(seed, {builtinDictionaries: false})
    expect(result.report.blocks.flatMap((b) => b.matches)).toEqual([])
    // Simplified keywords in a Traditional page, linked to seven foreign sites: still flagged.
    expect(['medium', 'high']).toContain(result.report.level)
    expect(result.article.text).not.toContain('亚洲精品国产av成拍色拍')
  })

  it('keeps blocks below the removal level in the article', () => {
    const stuffed = 'buy viagra online cheap cialis generic levitra no prescription'
    const html = clean.replace(/(<p>[^<]{80,}<\/p>)/, `$1<p>${stuffed}</p>`)
    const byDefault = analyze(html)
    const block = byDefault.report.blocks.find((b) => b.text === stuffed)!
    expect(block.level).toBe('medium')
    expect(block.removed).toBe(true)
    expect(byDefault.article.text).not.toContain(stuffed)
    const lenient = analyze(html, {removeLevel: 'high'})
    expect(lenient.report.blocks.find((b) => b.text === stuffed)!.removed).toBe(false)
    expect(lenient.article.text).toContain(stuffed)
  })

  it('treats allowed domains as the site\'s own', () => {
    const domains = Array.from({length: 7}, (_, i) => `example-spam-${i}.test`)
    const result = analyze(seed, {allowDomains: domains, builtinDictionaries: false})
    const reasons = result.report.blocks.flatMap((b) => b.reasons.map((r) => r.signal))
    expect(reasons).not.toContain('external-domains')
    expect(reasons).not.toContain('link-farm')
  })

  it.each([
    [{format: 'pdf'}, /options\.format/],
    [{removeLevel: 'none'}, /options\.removeLevel/],
    [{maxLength: 0}, /options\.maxLength/],
    [{allow: 'casino'}, /options\.allow/],
    [{colour: 'red'}, /Unknown option `colour`/]
  ])('rejects bad options %j with a message naming the field', (options, message) => {
    expect(() => analyze('<p>x</p>', options as never)).toThrow(message)
    try {
      analyze('<p>x</p>', options as never)
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleGuardError)
      expect((error as ArticleGuardError).code).toBe('invalid-options')
    }
  })

  it('rejects a bad user dictionary with its name', () => {
    expect(() => analyze('<p>x</p>', {dictionaries: [{lang: 'en', category: 'x', name: 'mine.json', terms: ['ok', '']}]})).toThrow(/mine\.json/)
  })
})
