import {clamp01, type Signal} from './signal.js'

/** Distinct strong terms at which the signal is full: five different spam phrases is a keyword list. */
const FULL_DISTINCT_TERMS = 5
/** Minimum severity for a term to count as strong here: weak terms appear in honest reporting. */
const MIN_STRONG_SEVERITY = 2

/** How many different spam terms the block holds. */
export const distinctTerms: Signal = {
  name: 'distinct-terms',
  group: 'content',
  weight: 0.35,
  measure({hits}) {
    if (hits.length === 0) return null
    const strong = new Set<string>()
    const all = new Set<string>()
    for (const hit of hits) {
      all.add(hit.term)
      if (hit.severity >= MIN_STRONG_SEVERITY) strong.add(hit.term)
    }
    const weak = all.size - strong.size
    const value = strong.size + weak / 4
    return {
      value: all.size,
      strength: clamp01(value / FULL_DISTINCT_TERMS),
      detail: `${all.size} distinct terms (${strong.size} strong): ${[...all].slice(0, 8).join(', ')}`
    }
  }
}
