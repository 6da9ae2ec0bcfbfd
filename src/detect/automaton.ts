/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * linear pass over a normalised view.
 *
 * Layout, chosen for speed in JavaScript: the code units that occur in patterns are renumbered to
 * a dense alphabet (a unit outside it sends the automaton back to the root at once); the root has
 * a dense transition array; other states keep their few transitions sorted in flat typed arrays
 * (compressed sparse rows), scanned linearly when short and binary-searched when long.
 */

/** A state with at most this many transitions is scanned linearly; more are binary-searched. */
const LINEAR_SCAN_LIMIT = 8

/** A compiled Aho–Corasick automaton. */
export interface Automaton {
  /** Number of patterns. */
  readonly patternCount: number
  /** Number of states, the root included. */
  readonly stateCount: number
  /**
   * Call `onMatch(patternIndex, end)` for every occurrence, `end` being the index just past the
   * match in `codes`. Occurrences ending at the same place come longest first.
   */
  scan(codes: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void
}

/** Build an automaton over `patterns` (non-empty strings; duplicates share a state, the first index wins). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Dense alphabet.
  const symbolOf = new Int32Array(65536)
  let alphabetSize = 1 // 0 = not in any pattern
  for (const p of patterns) {
    for (let k = 0; k < p.length; k++) {
      const c = p.charCodeAt(k)
      if (symbolOf[c] === 0) symbolOf[c] = alphabetSize++
    }
  }

  // Trie with Map transitions while building.
  const children: Array<Map<number, number>> = [new Map()]
  const output: number[] = [-1]
  for (let index = 0; index < patterns.length; index++) {
    const p = patterns[index]!
    if (p.length === 0) continue
    let state = 0
    for (let k = 0; k < p.length; k++) {
      const sym = symbolOf[p.charCodeAt(k)]!
      const map = children[state]!
      let next = map.get(sym)
      if (next === undefined) {
        next = children.length
        children.push(new Map())
        output.push(-1)
        map.set(sym, next)
      }
      state = next
    }
    if (output[state] === -1) output[state] = index
  }

  const stateCount = children.length
  const fail = new Int32Array(stateCount)
  // Nearest state on the failure chain (self excluded) that ends a pattern, or -1.
  const outLink = new Int32Array(stateCount).fill(-1)
  const out = Int32Array.from(output)

  // Flatten transitions.
  const edgeStart = new Int32Array(stateCount + 1)
  let edgeCount = 0
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeCount
    edgeCount += children[s]!.size
  }
  edgeStart[stateCount] = edgeCount
  const edgeSymbol = new Int32Array(edgeCount)
  const edgeTarget = new Int32Array(edgeCount)
  for (let s = 0; s < stateCount; s++) {
    const entries = [...children[s]!.entries()].sort((a, b) => a[0] - b[0])
    let e = edgeStart[s]!
    for (const [sym, target] of entries) {
      edgeSymbol[e] = sym
      edgeTarget[e] = target
      e++
    }
  }
  const rootNext = new Int32Array(alphabetSize)
  for (const [sym, target] of children[0]!) rootNext[sym] = target

  const step = (state: number, sym: number): number => {
    if (state === 0) return rootNext[sym]!
    let lo = edgeStart[state]!
    let hi = edgeStart[state + 1]!
    if (hi - lo <= LINEAR_SCAN_LIMIT) {
      for (; lo < hi; lo++) if (edgeSymbol[lo] === sym) return edgeTarget[lo]!
      return -1
    }
    hi--
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = edgeSymbol[mid]!
      if (v === sym) return edgeTarget[mid]!
      if (v < sym) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  // Breadth-first failure links.
  const queue = new Int32Array(stateCount)
  let head = 0
  let tail = 0
  for (const target of children[0]!.values()) queue[tail++] = target
  while (head < tail) {
    const s = queue[head++]!
    for (const [sym, target] of children[s]!) {
      let f = fail[s]!
      let next = step(f, sym)
      while (next <= 0 && f !== 0) {
        f = fail[f]!
        next = step(f, sym)
      }
      fail[target] = next > 0 && next !== target ? next : 0
      const ft = fail[target]!
      outLink[target] = out[ft]! >= 0 ? ft : outLink[ft]!
      queue[tail++] = target
    }
  }

  return {
    patternCount: patterns.length,
    stateCount,
    scan(codes, length, onMatch) {
      let state = 0
      for (let i = 0; i < length; i++) {
        const sym = symbolOf[codes[i]!]!
        if (sym === 0) {
          state = 0
          continue
        }
        for (;;) {
          if (state === 0) {
            state = rootNext[sym]!
            break
          }
          const next = step(state, sym)
          if (next > 0) {
            state = next
            break
          }
          state = fail[state]!
        }
        if (state === 0) continue
        let o = out[state]! >= 0 ? state : outLink[state]!
        while (o > 0) {
          onMatch(out[o]!, i + 1)
          o = outLink[o]!
        }
      }
    }
  }
}
