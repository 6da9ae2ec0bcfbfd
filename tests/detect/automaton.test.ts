import {describe, expect, it} from 'vitest'
import {buildAutomaton} from '../../src/detect/automaton.js'

function codes(s: string): Uint16Array {
  return Uint16Array.from(s, (c) => c.charCodeAt(0))
}

function naive(patterns: string[], text: string): string[] {
  const out: string[] = []
  patterns.forEach((p, k) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${k}@${i + p.length}`)
  })
  return out.sort()
}

describe('buildAutomaton', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'e', 'ushers']
    const text = 'ushers and she said his hers'
    const found: string[] = []
    buildAutomaton(patterns).scan(codes(text), text.length, (p, end) => found.push(`${p}@${end}`))
    expect(found.sort()).toEqual(naive(patterns, text))
  })

  it('agrees with a naive search on random texts', () => {
    let seed = 7
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const alphabet = 'ab澳门c'
    const word = (len: number): string => Array.from({length: len}, () => alphabet[rand(alphabet.length)]).join('')
    for (let round = 0; round < 30; round++) {
      const patterns = [...new Set(Array.from({length: 12}, () => word(1 + rand(4))))]
      const text = word(200)
      const found: string[] = []
      buildAutomaton(patterns).scan(codes(text), text.length, (p, end) => found.push(`${p}@${end}`))
      expect(found.sort()).toEqual(naive(patterns, text))
    }
  })

  it('finds nothing in text made of other characters', () => {
    let count = 0
    buildAutomaton(['casino']).scan(codes('xyz 123'), 7, () => count++)
    expect(count).toBe(0)
  })
})
