import {clamp01, round, type Signal} from './signal.js'

/** Link density where the signal starts: prose with a few links stays below half. */
const LINK_DENSITY_START = 0.5

/** Share of the block's text inside links. */
export const linkDensitySignal: Signal = {
  name: 'link-density',
  group: 'form',
  weight: 0.12,
  measure({unit}) {
    const length = unit.text.length
    if (length === 0 || unit.anchors.length === 0) return null
    const value = Math.min(1, unit.linkTextLength / length)
    return {
      value: round(value),
      strength: clamp01((value - LINK_DENSITY_START) / (1 - LINK_DENSITY_START)),
      detail: `${unit.linkTextLength} of ${length} characters are link text`
    }
  }
}
