import type {Level} from '../types.js'
import {UsageError} from './io.js'

/** Levels `--fail-on` accepts, lowest first. */
export const FAIL_LEVELS: readonly Exclude<Level, 'none'>[] = ['low', 'medium', 'high']

/** Rank of each level, for comparisons (`none` lowest). */
export const LEVEL_ORDER: Readonly<Record<Level, number>> = {none: 0, low: 1, medium: 2, high: 3}

/** Every level, highest first (for tables). */
export const LEVELS_HIGH_FIRST: readonly Level[] = ['high', 'medium', 'low', 'none']

/** Read a `--fail-on` value; throws `UsageError` for anything but low, medium or high. */
export function parseFailOn(value: string | undefined, fallback: Exclude<Level, 'none'> | undefined): Exclude<Level, 'none'> | undefined {
  if (value === undefined) return fallback
  if (!FAIL_LEVELS.includes(value as Exclude<Level, 'none'>)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, not \`${value}\``)
  }
  return value as Exclude<Level, 'none'>
}

/** Whether `level` is at or above `threshold` (never, without a threshold). */
export function reaches(level: Level, threshold: Exclude<Level, 'none'> | undefined): boolean {
  return threshold !== undefined && LEVEL_ORDER[level] >= LEVEL_ORDER[threshold]
}
