import {clamp01, round, type Signal} from './signal.js'

/** Fewest tokens for repetition to mean anything. */
const MIN_TOKENS = 16
/** Share of repeated tokens that honest lists reach (headlines, menus repeat little). */
const REPETITION_START = 0.35
/** Share of repeated tokens at which the signal is full: keyword lists recombine a few stems. */
const REPETITION_FULL = 0.7

/**
 * Repetition across the block: the share of tokens that already occurred in it. Keyword
 * stuffing recombines the same few stems (亚洲, 精品, 久久…; slot, gacor, maxwin…) again and again;
 * works without any dictionary.
 */
export const repetition: Signal = {
  name: 'repetition',
  group: 'content',
  weight: 0.25,
  measure({tokens}) {
    if (tokens.length < MIN_TOKENS) return null
    const seen = new Set<string>()
    let repeated = 0
    for (const token of tokens) {
      if (seen.has(token)) repeated++
      else seen.add(token)
    }
    const value = repeated / tokens.length
    if (value <= REPETITION_START) return null
    return {
      value: round(value),
      strength: clamp01((value - REPETITION_START) / (REPETITION_FULL - REPETITION_START)),
      detail: `${repeated} of ${tokens.length} tokens repeat (${seen.size} distinct)`
    }
  }
}
