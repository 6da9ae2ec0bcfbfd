import {describe, expect, it} from 'vitest'
import {normalizeInto, normalizeTerm, normalizeText, squeezeView, viewToString, ViewBuffer, FLAG_GAP, FLAG_MAPPED, type NormalizedText} from '../../src/detect/normalize.js'

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

describe('normalizeInto', () => {
  const snapshot = (v: NormalizedText): unknown[] => [v.codes, v.starts, v.ends, v.flags, v.classes].map((a) => Array.from(a.subarray(0, v.length)))

  it('gives what normalizeText gives, reusing one buffer across texts of any size', () => {
    const buffer = new ViewBuffer(4)
    const texts = ['Buy  VIAGRA online!', 'x', 's l o t 澳門賭場 саsino ﬁne 𝐀𝐁 e\u0301', 'a'.repeat(5000) + ' ㎏', '']
    for (const text of texts) expect(snapshot(normalizeInto(text, buffer))).toEqual(snapshot(normalizeText(text)))
  })

  it('says when nothing can be squeezed', () => {
    const buffer = new ViewBuffer(16)
    expect(normalizeInto('plain words here', buffer).mayHideWords).toBe(false)
    expect(normalizeInto('via.gra', buffer).mayHideWords).toBe(true)
    expect(normalizeInto('c4sino', buffer).mayHideWords).toBe(true)
  })
})

describe('squeezeView into a buffer', () => {
  it('gives the same view as without one', () => {
    const buffer = new ViewBuffer(2)
    for (const text of ['via.gra and c4sino', 'ca$ino', 'nothing to see']) {
      const main = normalizeText(text)
      const own = squeezeView(text, main)
      const shared = squeezeView(text, main, buffer)
      expect(shared === undefined ? undefined : viewToString(shared)).toBe(own === undefined ? undefined : viewToString(own))
    }
  })
})

describe('notes after gluing spaced letters', () => {
  const texts = ['s l o t via.gra c4sino р о r n', 'a b c d ca$ino', 'v i a g r a and v.i.a.g.r.a 4 d', 'w i n 1 0 0 % b.o.n.u.s', 'с а s i n o']

  it('lead the squeezed view to what looking at every chunk finds', () => {
    const buffer = new ViewBuffer(4)
    for (const text of texts) {
      // normalizeText's plain result carries no notes, so squeezeView looks at every chunk of it.
      const everyChunk = squeezeView(text, normalizeText(text))
      const fromNotes = squeezeView(text, normalizeInto(text, buffer))
      expect(fromNotes && viewToString(fromNotes)).toBe(everyChunk && viewToString(everyChunk))
    }
  })

  it('still find look-alike letters in the glued words', () => {
    expect(viewToString(normalizeText('с а s i n o'))).toBe('casino')
    expect(viewToString(normalizeText('р о r n and с а s i n o'))).toBe('porn and casino')
  })
})
