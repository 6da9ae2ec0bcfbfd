import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'
import {looksLikeHtml, parsePlainText} from '../../src/parse/plain-text.js'

const seedText = readFileSync('examples/article-with-spam.txt', 'utf8')
const lines = seedText.split('\n').map((line) => line.trim()).filter((line) => line.length > 0)
const spamLine = lines[lines.length - 1]!
// The article runs from the line after the dateline (…來源:…) to the reporter credit (記者:…).
const articleLines = lines.slice(lines.findIndex((l) => l.includes('來源')) + 1, lines.findIndex((l) => l.startsWith('(記者')) + 1)

describe('plain text input', () => {
  it('tells plain text from HTML', () => {
    expect(looksLikeHtml(seedText)).toBe(false)
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true)
    expect(looksLikeHtml('Prices are < 5 dollars and > 2 dollars')).toBe(false)
  })

  it('makes one paragraph per non-blank line, with offsets into the text', () => {
    const tree = parsePlainText('first line\n\n  second line  \n')
    const body = (tree.children[0] as {children: Array<{children: unknown[]}>}).children[1]!
    const paragraphs = body.children as Array<{children: Array<{value: string; position: {start: {offset: number}; end: {offset: number}}}>}>
    expect(paragraphs.map((p) => p.children[0]!.value)).toEqual(['first line', 'second line'])
    const second = paragraphs[1]!.children[0]!
    expect('first line\n\n  second line  \n'.slice(second.position.start.offset, second.position.end.offset)).toBe('second line')
  })

  describe('on the seed page as found (scraped text)', () => {
    const {article, report} = analyze(seedText)

    it('keeps every paragraph of the article', () => {
      expect(articleLines.length).toBe(13)
      for (const line of articleLines) expect(article.text).toContain(line)
    })

    it('reports the keyword list as a high block at its offsets and leaves it out', () => {
      const block = report.blocks.find((b) => b.kind === 'block' && b.level === 'high')
      expect(block).toBeDefined()
      expect(seedText.slice(block!.start, block!.end)).toBe(spamLine)
      expect(block!.removed).toBe(true)
      expect(article.text).not.toContain('亚洲精品国产av成拍色拍')
      expect(report.level).toBe('high')
    })

    it('maps every match back to its term in the text', () => {
      const block = report.blocks.find((b) => b.level === 'high')!
      for (const match of block.matches.slice(0, 20)) {
        expect(match.start).toBeGreaterThanOrEqual(block.start)
        expect(match.end).toBeLessThanOrEqual(block.end)
        expect(seedText.slice(match.start, match.end).length).toBeGreaterThan(0)
      }
    })
  })
})
