import {foreignHosts} from './external-domains.js'
import {repetitionOf, repetitionStrength} from './repetition.js'
import {clamp01, round, type Signal} from './signal.js'

/** Distinct foreign hosts where a link farm starts: a network footer links 3–4 sister brands. */
const MIN_FARM_HOSTS = 3
/** Distinct foreign hosts at which the host part is full. */
const FULL_FARM_HOSTS = 6

/**
 * A link farm without any dictionary: links to many other sites whose anchors recombine the
 * same few keywords. Either alone is ordinary (a network footer links many sites with varied
 * brand names; a menu repeats "Share on …"); together they are what injected link lists are,
 * whatever their language or vocabulary.
 */
export const linkFarm: Signal = {
  name: 'link-farm',
  group: 'content',
  weight: 0.35,
  measure(features, page) {
    const {unit} = features
    if (unit.anchors.length < MIN_FARM_HOSTS) return null
    const {hosts} = foreignHosts(unit.anchors, page)
    if (hosts.size < MIN_FARM_HOSTS) return null
    const repetition = repetitionOf(features)
    if (!repetition) return null
    const strength = clamp01((hosts.size - MIN_FARM_HOSTS + 1) / (FULL_FARM_HOSTS - MIN_FARM_HOSTS + 1)) * repetitionStrength(repetition.value)
    if (strength === 0) return null
    return {
      value: round(strength),
      strength,
      detail: `${unit.anchors.length} links to ${hosts.size} other sites with anchors repeating ${round(repetition.value * 100, 0)}% of their words`
    }
  }
}
