import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import rehypeArticleGuard from '../../src/rehype.js'

/** A tree nested `depth` divs deep around an article, built directly (no parser depth cap). */
function deepTree(depth: number): Root {
  const paragraphs: Element[] = Array.from({length: 6}, (_, i) => ({
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{type: 'text', value: `Paragraph ${i} of a long story about deep markup, with commas, clauses, and enough words to count as prose for the extractor.`}]
  }))
  let node: Element = {type: 'element', tagName: 'div', properties: {}, children: paragraphs}
  for (let i = 0; i < depth; i++) node = {type: 'element', tagName: 'div', properties: {}, children: [node]}
  const body: Element = {type: 'element', tagName: 'body', properties: {}, children: [node]}
  return {type: 'root', children: [{type: 'element', tagName: 'html', properties: {}, children: [body]}]}
}

describe('article tree', () => {
  it.each([100, 2_000, 20_000])('serialises an article nested %i deep that skipped the parser', async (depth) => {
    const processor = unified().use(rehypeArticleGuard).use(rehypeStringify)
    const tree = await processor.run(deepTree(depth))
    const html = processor.stringify(tree as Root)
    expect(html).toContain('Paragraph 0 of a long story')
    expect(html).toContain('Paragraph 5 of a long story')
  })

  it('works from a parsed page as from a built tree', async () => {
    const file = await unified().use(rehypeParse).use(rehypeArticleGuard).use(rehypeStringify).process('<article><p>Hello there, this is a short page.</p></article>')
    expect(String(file)).toContain('Hello there')
  })
})
