import {describe, expect, it} from 'vitest'
import {selectArticle} from '../../src/extract/article.js'
import {narrowSelection} from '../../src/extract/narrow-selection.js'
import {parseHtml} from '../../src/parse/parse.js'
import {segment} from '../../src/segment/blocks.js'

const PROSE = 'The council met on Tuesday to discuss the budget, and members agreed, after a long debate, that spending on schools, roads and parks should rise while revenue from taxes would fall short.'
const html = `<html><body><article><h1>Budget passes, council says</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>Buy cheap pills here now</p></article></body></html>`

function selection() {
  const segmentation = segment(parseHtml(html), html)
  return {segmentation, selection: selectArticle(segmentation, new Set())}
}

describe('narrowSelection', () => {
  it('drops spam blocks and the heading that repeats the title, and says why', () => {
    const {segmentation, selection: chosen} = selection()
    const spamBlock = segmentation.blocks.find((b) => b.text.startsWith('Buy'))!
    const heading = segmentation.blocks.find((b) => b.owner.tagName === 'h1')!
    expect(chosen.kept).toContain(spamBlock)
    expect(chosen.kept).toContain(heading)
    narrowSelection(chosen, new Set([spamBlock]), 'Budget passes — council says')
    expect(chosen.kept).not.toContain(spamBlock)
    expect(chosen.kept).not.toContain(heading)
    expect(chosen.dropped[spamBlock.index]).toBe('spam')
    expect(chosen.dropped[heading.index]).toBe('title')
    expect(chosen.kept.every((b) => chosen.dropped[b.index] === null)).toBe(true)
  })

  it('keeps every block when there is no spam and no title', () => {
    const {selection: chosen} = selection()
    const before = [...chosen.kept]
    narrowSelection(chosen, new Set(), '')
    expect(chosen.kept).toEqual(before)
  })
})
