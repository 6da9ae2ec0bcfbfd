import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'

const root = 'tests/fixtures'
const cases = readdirSync(root)
  .filter((name) => name.startsWith('boilerplate-'))
  .map((name) => {
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as {articleTexts: string[]; absentTexts: string[]}
    return [name.slice('boilerplate-'.length), readFileSync(join(root, name, 'input.html'), 'utf8'), expected] as const
  })

describe('boilerplate and article parts', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9)
  })

  it.each(cases)('handles a page with %s', (_name, html, expected) => {
    const {article} = analyze(html)
    for (const text of expected.articleTexts) expect(article.text).toContain(text)
    for (const text of expected.absentTexts) expect(article.text).not.toContain(text)
  })

  it('keeps a table as a GFM table in the markdown', () => {
    const html = readFileSync(join(root, 'boilerplate-table', 'input.html'), 'utf8')
    expect(analyze(html).article.markdown).toMatch(/\| Segment\s*\| Length\s*\| Opens\s*\|/)
  })
})
