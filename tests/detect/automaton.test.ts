import {describe, expect, it} from 'vitest'
import {buildAutomaton, MatchSink, WordSink} from '../../src/detect/automaton.js'
import {classOfUnit, CLASS_DIGIT, CLASS_WORD, UNITS_ANY, UNITS_PLAIN, UNITS_WORDS} from '../../src/detect/normalize.js'

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
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return (seed >>> 16) % n
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

  it('matches the same lazily as fully expanded, sorted or not', () => {
    let seed = 11
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return (seed >>> 16) % n
    }
    const alphabet = 'abc門门澳1 '
    const word = (len: number): string => Array.from({length: len}, () => alphabet[rand(alphabet.length)]).join('')
    for (let round = 0; round < 30; round++) {
      const patterns = [...new Set(Array.from({length: 40}, () => word(1 + rand(5))))].sort()
      const text = word(300)
      const find = (a: ReturnType<typeof buildAutomaton>): string[] => {
        const found: string[] = []
        a.scan(codes(text), text.length, (p, end) => found.push(`${patterns[p]}@${end}`))
        return found
      }
      const lazy = buildAutomaton(patterns)
      const full = buildAutomaton(patterns)
      full.expandAll()
      const sorted = buildAutomaton(patterns, undefined, true)
      const expected = naive(patterns, text).map((hit) => {
        const [k, end] = hit.split('@')
        return `${patterns[Number(k)]}@${end}`
      })
      expect(find(lazy).sort()).toEqual(expected.sort())
      expect(find(full)).toEqual(find(lazy))
      expect(find(sorted)).toEqual(find(lazy))
    }
  })

  it('reports occurrences by end, longest first at the same end', () => {
    const patterns = ['a', 'ab', 'b', 'xab', 'b门']
    const found: string[] = []
    buildAutomaton(patterns, classOfUnit).scan(codes('xab门'), 4, (p, end) => found.push(`${patterns[p]}@${end}`))
    expect(found).toEqual(['a@2', 'xab@3', 'ab@3', 'b@3', 'b门@4'])
  })

  it('anchors letter and digit patterns at word starts when given the classes', () => {
    const patterns = ['cat', 'at', '12', '2a', '门', '门cat', 't门']
    const text = 'cat 1cat2at 门cat scat 212'
    const view = codes(text)
    const classes = Uint8Array.from(view, (c) => classOfUnit(c))
    const automaton = buildAutomaton(patterns, classOfUnit)
    const sink = new MatchSink()
    automaton.collect(view, view.length, sink, classes)
    const kept = Array.from({length: sink.count}, (_, k) => `${patterns[sink.patterns[k]!]}@${sink.ends[k]}`)
    // What the matcher's boundary rule lets start: not a letter after a letter, not a digit after a letter or digit.
    const allowed = naive(patterns, text).filter((hit) => {
      const [k, end] = hit.split('@').map(Number) as [number, number]
      const start = end - patterns[k]!.length
      const first = classOfUnit(patterns[k]!.charCodeAt(0))
      const before = start > 0 ? classes[start - 1] : -1
      return !((first === CLASS_WORD && before === CLASS_WORD) || (first === CLASS_DIGIT && (before === CLASS_WORD || before === CLASS_DIGIT)))
    })
    expect(kept.sort()).toEqual(allowed.map((hit) => `${patterns[Number(hit.split('@')[0])]}@${hit.split('@')[1]}`).sort())
    // Without the classes, every occurrence.
    const all: string[] = []
    automaton.scan(view, view.length, (p, end) => all.push(`${p}@${end}`))
    expect(all.sort()).toEqual(naive(patterns, text))
  })

  it('keeps every occurrence the boundary rule keeps when told the units are plain or words only', () => {
    let seed = 5
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return (seed >>> 16) % n
    }
    const pick = (alphabet: string, len: number): string => Array.from({length: len}, () => alphabet[rand(alphabet.length)]).join('')
    // Kept as the matcher keeps them: no letter before a letter-initial start, no letter or digit
    // before a digit-initial one, and the same after letter- and digit-final ends.
    const kept = (patterns: string[], text: string, found: string[]): string[] => found.filter((hit) => {
      const [k, end] = hit.split('@').map(Number) as [number, number]
      const p = patterns[k]!
      const start = end - p.length
      const blocks = (i: number, unit: number): boolean => {
        if (i < 0 || i >= text.length) return false
        const kind = classOfUnit(unit)
        const cls = classOfUnit(text.charCodeAt(i))
        return (kind === CLASS_WORD || kind === CLASS_DIGIT) && (cls === CLASS_WORD || (kind === CLASS_DIGIT && cls === CLASS_DIGIT))
      }
      return !blocks(start - 1, p.charCodeAt(0)) && !blocks(end, p.charCodeAt(p.length - 1))
    }).sort()
    for (const [alphabet, units] of [['abcab1 ', UNITS_WORDS], ['abcab1 门', UNITS_PLAIN]] as const) {
      for (let round = 0; round < 40; round++) {
        const patterns = [...new Set(Array.from({length: 30}, () => pick(alphabet.trim(), 1 + rand(6))))]
        const text = pick(alphabet, 400)
        const view = codes(text)
        const classes = Uint8Array.from(view, (c) => classOfUnit(c))
        const automaton = buildAutomaton(patterns, classOfUnit)
        const run = (kind: number): string[] => {
          const sink = new MatchSink()
          automaton.collect(view, view.length, sink, classes, kind)
          return Array.from({length: sink.count}, (_, k) => `${sink.patterns[k]}@${sink.ends[k]}`)
        }
        expect(kept(patterns, text, run(units))).toEqual(kept(patterns, text, run(UNITS_ANY)))
        expect(kept(patterns, text, run(UNITS_ANY))).toEqual(kept(patterns, text, naive(patterns, text)))
      }
    }
  })

  it.each([
    ['words only', 'abcab1 ', UNITS_WORDS],
    ['plain', 'abcab1 门', UNITS_PLAIN],
    ['any', 'abcab1 门', UNITS_ANY]
  ] as const)('lists the words of at least the sink\'s length on its way (%s units)', (_, alphabet, units) => {
    let seed = 11
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return (seed >>> 16) % n
    }
    for (let round = 0; round < 40; round++) {
      const text = Array.from({length: 300}, () => alphabet[rand(alphabet.length)]).join('')
      const view = codes(text)
      const classes = Uint8Array.from(view, (c) => classOfUnit(c))
      const patterns = ['ab', 'cab', '门a', '1a', 'b门']
      const words = new WordSink(3 + rand(3))
      buildAutomaton(patterns, classOfUnit).collect(view, view.length, new MatchSink(), classes, units, words)
      const listed = Array.from({length: words.count}, (_, k) => `${words.starts[k]}-${words.ends[k]}`)
      const expected = [...text.matchAll(/[a-c]+/g)].filter((m) => m[0].length >= words.shortest).map((m) => `${m.index}-${m.index + m[0].length}`)
      expect(listed).toEqual(expected)
    }
  })
})
