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
  // Dense alphabet, numbered in code-unit order so that children created from sorted patterns
  // come out sorted by symbol.
  const symbolOf = new Int32Array(65536)
  let totalLength = 0
  for (const p of patterns) {
    totalLength += p.length
    for (let k = 0; k < p.length; k++) symbolOf[p.charCodeAt(k)] = 1
  }
  let alphabetSize = 1 // 0 = not in any pattern
  for (let c = 0; c < 65536; c++) if (symbolOf[c] !== 0) symbolOf[c] = alphabetSize++

  // Trie built from the patterns in sorted order: a state's child on a symbol, if it exists, is
  // then always the child created last, so no per-state map is needed.
  const order = patterns.map((_, k) => k).sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b))
  const capacity = totalLength + 1
  const parent = new Int32Array(capacity)
  const symbol = new Int32Array(capacity)
  const lastChild = new Int32Array(capacity)
  const out = new Int32Array(capacity).fill(-1)
  let stateCount = 1
  for (const index of order) {
    const p = patterns[index]!
    if (p.length === 0) continue
    let state = 0
    for (let k = 0; k < p.length; k++) {
      const sym = symbolOf[p.charCodeAt(k)]!
      const child = lastChild[state]!
      if (child !== 0 && symbol[child] === sym) {
        state = child
        continue
      }
      const next = stateCount++
      parent[next] = state
      symbol[next] = sym
      lastChild[state] = next
      state = next
    }
    if (out[state] === -1) out[state] = index
  }

  // Transitions as compressed sparse rows, children in creation (= symbol) order.
  const edgeStart = new Int32Array(stateCount + 1)
  for (let s = 1; s < stateCount; s++) edgeStart[parent[s]! + 1]!++
  for (let s = 0; s < stateCount; s++) edgeStart[s + 1]! += edgeStart[s]!
  const fill = edgeStart.slice(0, stateCount)
  const edgeSymbol = new Int32Array(Math.max(0, stateCount - 1))
  const edgeTarget = new Int32Array(Math.max(0, stateCount - 1))
  for (let s = 1; s < stateCount; s++) {
    const e = fill[parent[s]!]!++
    edgeSymbol[e] = symbol[s]!
    edgeTarget[e] = s
  }
  const rootNext = new Int32Array(alphabetSize)
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootNext[edgeSymbol[e]!] = edgeTarget[e]!

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

  // Breadth-first failure links and output links (nearest proper suffix state ending a pattern).
  const fail = new Int32Array(stateCount)
  const outLink = new Int32Array(stateCount).fill(-1)
  const queue = new Int32Array(stateCount)
  let head = 0
  let tail = 0
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) queue[tail++] = edgeTarget[e]!
  while (head < tail) {
    const s = queue[head++]!
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const sym = edgeSymbol[e]!
      const target = edgeTarget[e]!
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
