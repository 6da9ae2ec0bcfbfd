import {describe, expect, it} from 'vitest'
import {createMatcher, getMatcher, MAX_REUSED_VIEW, type TermHit} from '../../src/detect/matcher.js'

const matcher = getMatcher({builtin: true, extra: [], allow: [], disableCategories: []})

function found(text: string, m = matcher): Array<[string, string]> {
  return m.find(text).map((h: TermHit) => [text.slice(h.start, h.end), h.term])
}

describe('Matcher.find', () => {
  it.each([
    ['Buy viagra online today', 'buy viagra online'],
    ['亚洲精品无码视频', '亚洲精品无码'],
    ['澳門賭場開戶', '澳门赌场'],
    ['オンラインカジノで遊ぶ', 'オンラインカジノ'],
    ['최고의 카지노사이트 추천', '카지노사이트추천'],
    ['лучшее онлайн казино', 'онлайн казино'],
    ['situs slot gacor hari ini', 'situs slot gacor hari ini'],
    ['代开发票联系方式', '代开发票联系方式'],
    ['蜘蛛池出租', '蜘蛛池出租']
  ])('finds the term in %j', (text, term) => {
    expect(found(text).map(([, t]) => t)).toContain(term)
  })

  it('reports offsets in the original text', () => {
    const text = 'News.  Ｂｕｙ  ＶＩＡＧＲＡ  online!'
    const hit = matcher.find(text).find((h) => h.term === 'buy viagra online')
    expect(hit && text.slice(hit.start, hit.end)).toBe('Ｂｕｙ  ＶＩＡＧＲＡ  online')
  })

  it.each([
    ['s.l.o.t gacor', 'slot gacor'],
    ['v-i-a-g-r-a', 'viagra'],
    ['v1agra', 'viagra'],
    ['c4sino', 'casino'],
    ['саsino', 'casino'],
    ['vi\u200bagra', 'viagra'],
    ['国产.精品.视频', '国产精品视频']
  ])('finds the term split or disguised in %j and marks it obfuscated', (text, term) => {
    const hit = matcher.find(text).find((h) => h.term === term)
    expect(hit?.obfuscated).toBe(true)
    expect(hit && text.slice(hit.start, hit.end)).toBe(text)
  })

  it('does not mark plain text obfuscated', () => {
    expect(matcher.find('buy viagra online').every((h) => h.obfuscated === undefined)).toBe(true)
  })

  it.each([
    'The specialist gave an analysis of the data.',
    'Time slots are available for the analyst meeting.',
    'A police escort accompanied the minister.',
    '澳门，赌场收入下降',
    'Городской совет обсудил новый бюджет.'
  ])('reports nothing strong in the honest text %j', (text) => {
    expect(matcher.find(text).filter((h) => h.severity > 1)).toEqual([])
  })

  it('does not match a term inside a longer word', () => {
    expect(found('analysis specialist')).toEqual([])
  })

  it('prefers the leftmost-longest term and sorts hits by start', () => {
    const hits = matcher.find('online casino bonus and cheap viagra online')
    expect(hits.map((h) => h.term)).toEqual(['online casino bonus', 'cheap viagra online'])
    expect(hits[0]!.start).toBeLessThan(hits[1]!.start)
  })

  it('finds a near-miss of a long term and marks it fuzzy', () => {
    const hit = matcher.find('get viagara now').find((h) => h.fuzzy)
    expect(hit?.term).toBe('viagra')
    expect(hit?.severity).toBeLessThanOrEqual(2)
  })

  it('lets an allowed phrase shadow the terms inside it', () => {
    const allowing = getMatcher({builtin: true, extra: [], allow: ['online casino bonus'], disableCategories: []})
    expect(allowing.find('online casino bonus').map((h) => h.term)).toEqual([])
    expect(allowing.find('online casino').map((h) => h.term)).toEqual(['online casino'])
  })

  it('matches user dictionaries with their category', () => {
    const m = createMatcher({builtin: false, extra: [{lang: 'en', category: 'widgets', terms: ['frobnicator']}], allow: [], disableCategories: []})
    expect(m.find('a Frobnicator!')).toEqual([{term: 'frobnicator', category: 'widgets', lang: 'en', severity: 2, start: 2, end: 13}])
    expect(m.termCount).toBe(1)
  })

  it('returns nothing for empty text', () => {
    expect(matcher.find('')).toEqual([])
  })

  it('gives each call its own result although the buffers are shared', () => {
    const long = `${'honest words '.repeat(200)}online casino bonus`
    const before = matcher.find('buy viagra online')
    matcher.find(long)
    expect(matcher.find('buy viagra online')).toEqual(before)
  })

  it('matches in a text longer than the shared buffer keeps', () => {
    const text = `${'x'.repeat(MAX_REUSED_VIEW)} buy viagra online`
    expect(found(text).map(([, t]) => t)).toContain('buy viagra online')
  })
})

describe('getMatcher', () => {
  it('returns the same matcher for the same options', () => {
    const a = getMatcher({builtin: true, extra: [], allow: ['b', 'a'], disableCategories: []})
    const b = getMatcher({builtin: true, extra: [], allow: ['a', 'b'], disableCategories: []})
    expect(a).toBe(b)
  })

  it('returns another matcher for other options', () => {
    const a = getMatcher({builtin: true, extra: [], allow: [], disableCategories: ['porn']})
    expect(a).not.toBe(matcher)
    expect(a.termCount).toBeLessThan(matcher.termCount)
  })
})
