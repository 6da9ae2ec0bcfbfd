import type {Evidence, Level} from '../types.js'
import {distinctTerms} from './signals/distinct-terms.js'
import {externalDomains, foreignHosts} from './signals/external-domains.js'
import {hidden} from './signals/hidden.js'
import {keywordList} from './signals/keyword-list.js'
import {linkCount} from './signals/link-count.js'
import {linkFarm} from './signals/link-farm.js'
import {linkDensitySignal} from './signals/link-density.js'
import {position} from './signals/position.js'
import {prose} from './signals/prose.js'
import {repetition} from './signals/repetition.js'
import {scriptMismatch} from './signals/script-mismatch.js'
import {round, type PageContext, type Signal, type UnitFeatures} from './signals/signal.js'
import {termDensity} from './signals/term-density.js'
import {topicGap} from './signals/topic-gap.js'

/** Every block signal, in the order reasons are listed when their contributions tie. */
export const SIGNALS: readonly Signal[] = [
  termDensity, distinctTerms, linkFarm, scriptMismatch, prose, repetition,
  linkDensitySignal, linkCount, keywordList, externalDomains, hidden, position, topicGap
]

/** Signals with positive weight first. */
const ORDERED_SIGNALS: readonly Signal[] = [...SIGNALS.filter((s) => s.weight >= 0), ...SIGNALS.filter((s) => s.weight < 0)]

/**
 * Most the form group (link shape, hiding, position, topic gap) can add: just under `medium`,
 * so a menu, tag cloud or footer never reaches `medium` on its shape alone.
 */
export const FORM_CAP = 0.4

/**
 * Most a block scores when nothing speaks to content (no terms, no foreign script, no link farm)
 * and it does not hide links to other sites: just under `low`, so a visible menu, blogroll or
 * network footer, or a hidden login form or dropdown, is `none`.
 */
export const FORM_ONLY_CAP = 0.18

/**
 * Content evidence that lets the form group count in full: one strong term does (0.07), a weak
 * word in a headline link (`sexy`, `cheat`) does not.
 */
export const MIN_CONTENT_FOR_FORM = 0.05

/** Scores at or above these are `low`, `medium` and `high`. */
export const LEVEL_THRESHOLDS = {low: 0.2, medium: 0.45, high: 0.7} as const

/** Level of a score. */
export function levelOf(score: number): Level {
  if (score >= LEVEL_THRESHOLDS.high) return 'high'
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium'
  if (score >= LEVEL_THRESHOLDS.low) return 'low'
  return 'none'
}

/** Rank of a level, for comparisons. */
export const LEVEL_RANK: Record<Level, number> = {none: 0, low: 1, medium: 2, high: 3}

/** Score of a unit and the evidence behind it, strongest first. */
export function scoreUnit(features: UnitFeatures, page: PageContext): {score: number; reasons: Evidence[]} {
  let form = 0
  let content = 0
  let positiveContent = 0
  const reasons: Evidence[] = []
  // Evidence against spam (prose) is measured last, and only when there is content evidence to
  // offset: it can lower content, never the form group.
  for (const signal of ORDERED_SIGNALS) {
    if (signal.weight < 0 && positiveContent === 0) continue
    const measure = signal.measure(features, page)
    if (!measure) continue
    const contribution = signal.weight * measure.strength
    if (signal.group === 'form') form += contribution
    else {
      content += contribution
      if (contribution > 0) positiveContent += contribution
    }
    reasons.push({signal: signal.name, value: measure.value, weight: round(contribution, 3), detail: measure.detail})
  }
  // Prose lowers content evidence, never below zero, and never the form group.
  const hidesForeignLinks = Boolean(features.unit.hidden) && features.unit.anchors.length > 0 && foreignHosts(features.unit.anchors, page).hosts.size > 0
  const formCap = positiveContent >= MIN_CONTENT_FOR_FORM || hidesForeignLinks ? FORM_CAP : FORM_ONLY_CAP
  const score = Math.min(1, Math.min(form, formCap) + Math.max(0, content))
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
  return {score: round(score, 3), reasons}
}
