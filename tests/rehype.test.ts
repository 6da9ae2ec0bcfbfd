import {readFileSync} from 'node:fs'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import rehypeArticleGuard from '../src/rehype.js'
import {analyze} from '../src/index.js'

const seed = readFileSync('examples/article-with-spam.html', 'utf8')

describe('rehype plugin', () => {
  it('replaces the tree with the clean article and puts the result on file.data', async () => {
    const file = await unified().use(rehypeParse).use(rehypeArticleGuard).use(rehypeStringify).process(seed)
    const result = file.data.articleGuard!
    expect(result).toEqual(analyze(seed))
    expect(String(file)).toContain('丹若花開紅勝火')
    expect(String(file)).not.toContain('亚洲精品国产av成拍色拍')
    expect(String(file)).not.toContain('首頁')
  })

  it('adds a message per flagged block at its place in the source', async () => {
    const file = await unified().use(rehypeParse).use(rehypeArticleGuard).use(rehypeStringify).process(seed)
    const blocks = file.data.articleGuard!.report.blocks
    expect(file.messages.length).toBe(blocks.length)
    const message = file.messages[0]!
    expect(message.source).toBe('article-guard')
    expect(message.ruleId).toBe('porn')
    expect(message.fatal).toBe(true)
    expect(message.place && 'start' in message.place ? message.place.start.offset : undefined).toBe(blocks[0]!.start)
  })

  it('passes options through', async () => {
    const file = await unified()
      .use(rehypeParse)
      .use(rehypeArticleGuard, {disableCategories: ['porn']})
      .use(rehypeStringify)
      .process(seed)
    const report = file.data.articleGuard!.report
    expect(report.blocks.flatMap((b) => b.matches).filter((m) => m.category === 'porn')).toEqual([])
  })
})
