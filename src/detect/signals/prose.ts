import {clamp01, round, type Signal} from './signal.js'

/** Share of sentence punctuation or function words at which text reads as prose. */
const FULL_PROSE = 0.12
/** Fewest tokens to judge. */
const MIN_TOKENS = 8

const SENTENCE_MARK = /[,.;:!?，。；：！？、]\s/g
const CJK_SENTENCE_MARK = /[，。；：！？、]/g

/**
 * Prose speaks against stuffing: an article about casinos or drug policy writes the words in
 * sentences, with punctuation and function words; a keyword list has neither. Negative weight.
 */
export const prose: Signal = {
  name: 'prose',
  group: 'content',
  weight: -0.3,
  measure({unit, tokens}) {
    if (tokens.length < MIN_TOKENS) return null
    const marks = (unit.text.match(SENTENCE_MARK)?.length ?? 0) + (unit.text.match(CJK_SENTENCE_MARK)?.length ?? 0)
    const value = marks / tokens.length
    const strength = clamp01(value / FULL_PROSE)
    if (strength === 0) return null
    return {value: round(value, 3), strength, detail: `${marks} sentence marks in ${tokens.length} tokens`}
  }
}
