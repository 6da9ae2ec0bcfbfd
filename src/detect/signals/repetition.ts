import {clamp01, round, type Signal, type UnitFeatures} from './signal.js'

/** Fewest tokens for repetition to mean anything. */
const MIN_TOKENS = 16
/** Share of repeated tokens that honest lists reach (headlines, menus repeat little). */
const REPETITION_START = 0.35
/** Share of repeated tokens at which the signal is full: keyword lists recombine a few stems. */
const REPETITION_FULL = 0.7

/**
 * Repetition across the block: the share of tokens that already occurred in it. Keyword
 * stuffing recombines the same few stems (亚洲, 精品, 久久…; slot, gacor, maxwin…) again and again;
 * works without any dictionary. Menus repeat too ("Share on …", "Boys/Girls …"), so on its own
 * it is form evidence; with links to many other sites it makes `link-farm`.
 */
export const repetition: Signal = {
  name: 'repetition',
  group: 'form',
  weight: 0.2,
  measure(features) {
    const measured = repetitionOf(features)
    const {tokens} = features
    if (!measured || measured.value <= REPETITION_START) return null
    return {
      value: round(measured.value),
      strength: repetitionStrength(measured.value),
      detail: `${measured.repeated} of ${tokens.length} tokens repeat (${measured.distinct} distinct)`
    }
  }
}

/** Share of tokens that repeat an earlier token, or `null` for too few tokens. */
export function repetitionOf({tokens, distinctTokens}: Pick<UnitFeatures, 'tokens' | 'distinctTokens'>): {value: number; repeated: number; distinct: number} | null {
  if (tokens.length < MIN_TOKENS) return null
  // Every token after the first of its kind repeats one.
  const repeated = tokens.length - distinctTokens.size
  return {value: repeated / tokens.length, repeated, distinct: distinctTokens.size}
}

/** Strength 0–1 of a repetition share. */
export function repetitionStrength(value: number): number {
  return clamp01((value - REPETITION_START) / (REPETITION_FULL - REPETITION_START))
}
