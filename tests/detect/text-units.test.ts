import {describe, expect, it} from 'vitest'
import {copyUnits, MAX_REUSED_UNITS, NATIVE_COPY, textUnits} from '../../src/detect/text-units.js'
import {normalizeText, viewToString} from '../../src/detect/normalize.js'

/** The units of `text` as `charCodeAt` reads them. */
function unitsByCharCodeAt(text: string): number[] {
  return Array.from({length: text.length}, (_, i) => text.charCodeAt(i))
}

const texts: Array<[string, string]> = [
  ['empty', ''],
  ['ASCII', 'buy viagra online'],
  ['Latin-1', 'café crème brûlée'],
  ['CJK', '澳門賭場 国产AV'],
  ['an astral character', 'slot 𝐠𝐚𝐜𝐨𝐫 😀'],
  ['a lone high surrogate', 'a\ud800b'],
  ['a lone low surrogate at the end', 'ab\udc00'],
  ['a NUL and U+FFFF', 'a\u0000b\uffff'],
  ['a two-byte string cut from a longer one', ('x’' + 'casino '.repeat(40)).slice(2)]
]

describe('textUnits', () => {
  it('copies natively on Node', () => {
    expect(NATIVE_COPY).toBe(true)
  })

  it.each(texts)('gives the UTF-16 units of %s', (_, text) => {
    expect(Array.from(textUnits(text).subarray(0, text.length))).toEqual(unitsByCharCodeAt(text))
  })

  it.each(texts)('copies %s the same way without Buffer (browsers)', (_, text) => {
    const into = new Uint16Array(text.length + 4)
    copyUnits(text, into, undefined)
    expect(Array.from(into.subarray(0, text.length))).toEqual(unitsByCharCodeAt(text))
  })

  it('overwrites what a longer text left in the shared array', () => {
    textUnits('abcdefghij')
    expect(Array.from(textUnits('xy').subarray(0, 2))).toEqual([0x78, 0x79])
  })

  it('gives a text longer than the reused buffer an array of its own', () => {
    const long = 'é'.repeat(MAX_REUSED_UNITS + 5)
    const units = textUnits(long)
    expect(units.length).toBeGreaterThanOrEqual(long.length)
    expect(units[0]).toBe(0xe9)
    expect(units[long.length - 1]).toBe(0xe9)
    expect(textUnits('ab')).not.toBe(units)
  })

  it('lets the normaliser give the same view whatever V8 made of the string', () => {
    const flat = 'Buy Ciaalis and VIAGRA online, s l o t gacor'
    const sliced = ('’' + flat + '’').slice(1, -1)
    const joined = flat.slice(0, 20) + flat.slice(20)
    expect(viewToString(normalizeText(sliced))).toBe(viewToString(normalizeText(flat)))
    expect(viewToString(normalizeText(joined))).toBe(viewToString(normalizeText(flat)))
  })
})
