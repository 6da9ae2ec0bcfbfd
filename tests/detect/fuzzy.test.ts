import levenshtein from 'fast-levenshtein'
import {describe, expect, it} from 'vitest'
import {boundedDistance, buildFuzzyIndex, fuzzyLookup, fuzzyLookupCounting, MAX_FUZZY_COMPARISONS, startFuzzySearch} from '../../src/detect/fuzzy.js'

function codes(s: string): Uint16Array {
  return Uint16Array.from(s, (c) => c.charCodeAt(0))
}

let seed = 3
function rand(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
  return (seed >>> 16) % n
}

function word(length: number, alphabet = 'abcde'): string {
  return Array.from({length}, () => alphabet[rand(alphabet.length)]).join('')
}

describe('boundedDistance', () => {
  it('is the Levenshtein distance when within the limit, and above the limit otherwise', () => {
    for (let round = 0; round < 5000; round++) {
      const a = word(rand(12))
      const b = rand(3) === 0 ? word(rand(12)) : a.slice(0, rand(a.length + 1)) + word(rand(3)) + a.slice(rand(a.length + 1))
      const limit = 1 + rand(2)
      const exact = levenshtein.get(a, b)
      const bounded = boundedDistance(codes(` ${a} `), 1, a.length + 1, b, limit)
      if (exact <= limit) expect([a, b, limit, bounded]).toEqual([a, b, limit, exact])
      else expect(bounded).toBeGreaterThan(limit)
    }
  })
})

describe('fuzzyLookupCounting', () => {
  const terms = ['viagra', 'cialis', 'phentermine', 'tramadol', 'casinoonline', 'viagras'].map((key, entry) => ({key, entry}))
  const index = buildFuzzyIndex(terms)

  it('finds what fuzzyLookup finds while the budget lasts', () => {
    const words = ['viagara', 'ciallis', 'phentermin', 'tramadols', 'viagra', 'viagrx', 'nothing', 'casinonline', 'viagara']
    const memo = startFuzzySearch()
    const counting = {comparisons: 0}
    for (const w of words) {
      const view = codes(w)
      expect(fuzzyLookupCounting(index, view, 0, view.length, counting)).toBe(fuzzyLookup(index, view, 0, view.length, memo))
    }
    // It counts repeated words again; the memoised search does not.
    expect(counting.comparisons).toBeGreaterThan(memo.comparisons)
  })

  it('gives up when a word could take the count past the budget', () => {
    const view = codes('viagara')
    expect(fuzzyLookupCounting(index, view, 0, view.length, {comparisons: MAX_FUZZY_COMPARISONS})).toBeNull()
    expect(fuzzyLookupCounting(index, view, 0, view.length, {comparisons: 0})?.key).toBe('viagra')
  })
})

describe('fuzzyLookup', () => {
  // Edges of three lowercase ASCII letters are looked up in a direct table, others by hashing.
  const terms = ['ábcdefgh', 'zyxwvuté', 'plainterm'].map((key, entry) => ({key, entry}))
  const index = buildFuzzyIndex(terms)

  it.each<[string, string | undefined, string]>([
    ['ábcdefgx', 'ábcdefgh', 'a non-ASCII prefix'],
    ['qyxwvuté', 'zyxwvuté', 'a non-ASCII suffix'],
    ['zyxwvvté', 'zyxwvuté', 'an ASCII prefix of a term with a non-ASCII suffix'],
    ['plaintrm', 'plainterm', 'ASCII edges'],
    ['xlaintery', undefined, 'neither edge'],
    ['ábcdefgh', undefined, 'the term itself']
  ])('looks up %s (near %s) by %s', (word, expected, _how) => {
    const view = codes(word)
    expect(fuzzyLookup(index, view, 0, view.length, startFuzzySearch())?.key).toBe(expected)
    expect(fuzzyLookupCounting(index, view, 0, view.length, {comparisons: 0})?.key).toBe(expected)
  })
})
