import type {Signal} from './signal.js'

/** Content a reader cannot see: hidden styles and attributes, off-screen, zero size, `<marquee>`. */
export const hidden: Signal = {
  name: 'hidden',
  group: 'form',
  weight: 0.25,
  measure({unit}) {
    if (unit.hidden) return {value: 1, strength: 1, detail: `hidden by ${unit.hidden}`}
    if (unit.marquee) return {value: 1, strength: 0.6, detail: 'scrolls in a <marquee>'}
    return null
  }
}
