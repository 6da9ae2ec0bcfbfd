import {clamp01, round, type Signal} from './signal.js'

/** Fewest links that make a list; spam blocks of 5–8 links exist. */
const MIN_LINKS = 4
/** Links at which the signal is full. */
const FULL_LINKS = 20
/** Anchors shorter than this (mean, in characters) are keywords rather than headlines. */
const SHORT_ANCHOR_CHARS = 30

/** Number of links and their mean anchor length: keyword lists are many short anchors. */
export const linkCount: Signal = {
  name: 'link-count',
  group: 'form',
  weight: 0.1,
  measure({unit}) {
    const count = unit.anchors.length
    if (count < MIN_LINKS) return null
    let chars = 0
    for (const anchor of unit.anchors) chars += anchor.text.length
    const mean = chars / count
    const short = mean <= SHORT_ANCHOR_CHARS ? 1 : 0.5
    return {
      value: count,
      strength: clamp01((count - MIN_LINKS + 1) / (FULL_LINKS - MIN_LINKS + 1)) * short,
      detail: `${count} links, mean anchor ${round(mean, 1)} characters`
    }
  }
}
