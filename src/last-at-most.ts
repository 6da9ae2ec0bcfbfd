/**
 * Index of the last value at most `value` in `sorted` (ascending), or -1 when every value is
 * larger: a binary search.
 */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
