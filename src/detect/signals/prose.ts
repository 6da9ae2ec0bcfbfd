import {functionWordShare} from '../text-profile.js'
import {clamp01, round, type Signal} from './signal.js'

/** Sentence marks per token at which text reads as prose. */
const FULL_PROSE = 0.12
/**
 * Share of function words at which Latin-script text reads as prose: about 40 % of running
 * English or Indonesian words are function words, keyword lists have almost none.
 */
const FULL_FUNCTION_WORDS = 0.25
/** Fewest words to judge function-word share. */
const MIN_WORDS = 10
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
  measure({unit, tokens, hits, profile}) {
    if (tokens.length < MIN_TOKENS) return null
    const marks = (unit.text.match(SENTENCE_MARK)?.length ?? 0) + (unit.text.match(CJK_SENTENCE_MARK)?.length ?? 0)
    const value = marks / tokens.length
    const functionWords = functionWordShare(unit.text)
    const byWords = functionWords.words >= MIN_WORDS ? clamp01(functionWords.share / FULL_FUNCTION_WORDS) : 0
    // Words inside spam terms are not prose ("no deposit bonus" holds a function word): only the
    // text around the terms can read as sentences.
    let covered = 0
    for (const hit of hits) covered += hit.end - hit.start
    const uncovered = profile.letters > 0 ? clamp01(1 - covered / profile.letters) : 1
    const strength = Math.max(clamp01(value / FULL_PROSE), byWords) * uncovered
    if (strength === 0) return null
    return {
      value: round(Math.max(value, functionWords.share), 3),
      strength,
      detail: `${marks} sentence marks in ${tokens.length} tokens; ${round(functionWords.share * 100, 0)}% function words`
    }
  }
}
