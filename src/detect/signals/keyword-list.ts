import {clamp01, round, type Signal} from './signal.js'

/** Separators of keyword lists: pipes, slashes, commas, middle dots, runs of spaces. */
const SEPARATOR = /\s*[|｜/,，、;；·•]\s*|\s{2,}/
/** Fewest items for a list (a short menu of 5 is not a keyword list). */
const MIN_ITEMS = 8
/** Items at which the signal is full. */
const FULL_ITEMS = 25
/** Longest mean item (characters): keywords, not sentences. */
const MAX_MEAN_ITEM_CHARS = 24
/** Sentence ends that mark prose. */
const SENTENCE_END = /[.!?。！？]\s/g
/** Longest text split (keyword lists are read from their start). */
const MAX_SAMPLE = 20_000

/**
 * Text laid out as a list of short keyword items without sentences, with or without links:
 * the shape of a stuffed paragraph or of a link list copied as text.
 */
export const keywordList: Signal = {
  name: 'keyword-list',
  group: 'form',
  weight: 0.15,
  measure({unit}) {
    const text = unit.text.length > MAX_SAMPLE ? unit.text.slice(0, MAX_SAMPLE) : unit.text
    const items = text.split(SEPARATOR).filter((item) => item.trim().length > 0)
    if (items.length < MIN_ITEMS) return null
    let chars = 0
    for (const item of items) chars += item.length
    const mean = chars / items.length
    if (mean > MAX_MEAN_ITEM_CHARS) return null
    const sentences = text.match(SENTENCE_END)?.length ?? 0
    if (sentences > items.length / 4) return null
    return {
      value: items.length,
      strength: clamp01((items.length - MIN_ITEMS + 1) / (FULL_ITEMS - MIN_ITEMS + 1)),
      detail: `${items.length} short items (mean ${round(mean, 1)} characters), ${sentences} sentences`
    }
  }
}
