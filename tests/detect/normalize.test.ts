import {describe, expect, it} from 'vitest'
import {normalizeTerm, normalizeText, squeezeView, viewToString, FLAG_GAP, FLAG_MAPPED} from '../../src/detect/normalize.js'

describe('normalizeText', () => {
  it.each([
    ['亚洲?V', '亚洲v'],
    ['s.l.o.t online', 'slot online'],
    ['s l o t', 'slot'],
    ['v-i-a-g-r-a', 'viagra'],
    ['Buy VIAGRA Online!', 'buy viagra online'],
    ['澳門賭場', '澳门赌场'],
    ['ｶｼﾞﾉ ＣＡＳＩＮＯ', 'カジノcasino'],
    ['vi\u200bagra', 'viagra'],
    ['саsino', 'casino'],
    ['кaзино', 'казино'],
    ['e\u0301te', 'éte'],
    ['Ёлка', 'елка']
  ])('normalises %j to %j', (input, expected) => {
    expect(viewToString(normalizeText(input))).toBe(expected)
  })

  it('keeps honest CJK punctuation as a boundary', () => {
    expect(viewToString(normalizeText('澳门，赌场'))).not.toContain('澳门赌场')
  })

  it('does not glue two single letters', () => {
    expect(viewToString(normalizeText('A. B. Smith'))).toBe('a b smith')
  })

  it('leaves real Russian words alone', () => {
    expect(viewToString(normalizeText('Городской совет'))).toBe('городской совет')
  })

  it('maps every unit back to its original range', () => {
    const text = 'x 澳門 c\u200ba-s'
    const view = normalizeText(text)
    for (let i = 0; i < view.length; i++) {
      const source = text.slice(view.starts[i], view.ends[i])
      expect(source.length).toBeGreaterThan(0)
    }
    const s = viewToString(view)
    const k = s.indexOf('门')
    expect(text.slice(view.starts[k], view.ends[k])).toBe('門')
  })

  it('flags separator removal and look-alike mapping', () => {
    const spaced = normalizeText('v.i.a')
    expect(spaced.flags[1]! & FLAG_GAP).toBeTruthy()
    const mixed = normalizeText('саsino')
    expect(mixed.flags[0]! & FLAG_MAPPED).toBeTruthy()
    const plain = normalizeText('casino')
    expect(Array.from(plain.flags.subarray(0, plain.length)).every((f) => f === 0)).toBe(true)
  })
})

describe('squeezeView', () => {
  it.each([
    ['via.gra', 'viagra'],
    ['c4sino', 'casino'],
    ['ca$ino', 'casino'],
    ['p0rn', 'porn'],
    ['viagr4', 'viagra']
  ])('reveals %j as %j', (input, expected) => {
    const squeezed = squeezeView(input, normalizeText(input))
    expect(squeezed && viewToString(squeezed)).toBe(expected)
  })

  it.each(['mp3', 'win10', 'ps5 pro'])('leaves %j without leetspeak', (input) => {
    const squeezed = squeezeView(input, normalizeText(input))
    const s = squeezed === undefined ? input : viewToString(squeezed)
    expect(s).toMatch(/\d/)
  })

  it('produces nothing for ordinary sentences', () => {
    const text = 'The end. Next sentence, and more words here.'
    expect(squeezeView(text, normalizeText(text))).toBeUndefined()
  })
})

describe('normalizeTerm', () => {
  it('trims and folds a term', () => {
    expect(normalizeTerm('  Online  CASINO ')).toBe('online casino')
  })
})
