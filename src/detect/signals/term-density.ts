import {clamp01, round, type Signal} from './signal.js'

/** Weighted share of the text covered by dictionary terms at which the signal is full: a third of a keyword list is terms. */
const FULL_TERM_DENSITY = 0.3
/**
 * Matches needed before density counts fully: one drug name in a headline is dense but says
 * little; stuffing repeats terms.
 */
const FULL_DENSITY_MATCHES = 3
/** Severity 1 terms (also used honestly) count this much of a severity 3 term. */
const SEVERITY_FACTOR = [0, 0.25, 0.7, 1] as const

/** Share of the block's letters covered by spam terms, weighted by severity. */
export const termDensity: Signal = {
  name: 'term-density',
  group: 'content',
  weight: 0.4,
  measure({hits, profile}) {
    if (hits.length === 0 || profile.letters === 0) return null
    let covered = 0
    let weighted = 0
    for (const hit of hits) {
      const length = hit.end - hit.start
      covered += length
      weighted += length * SEVERITY_FACTOR[hit.severity]
    }
    const letters = Math.max(profile.letters, covered)
    const value = weighted / letters
    return {
      value: round(value, 3),
      strength: clamp01(value / FULL_TERM_DENSITY) * Math.min(1, hits.length / FULL_DENSITY_MATCHES),
      detail: `${hits.length} term matches cover ${covered} of ${letters} letters`
    }
  }
}
