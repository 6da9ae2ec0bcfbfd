/** Small statistics and formatting helpers for the benchmarks. */

/** Median of a list (the list is not changed). NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Percentile `p` (0–100) by linear interpolation between closest ranks. NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

export function sum(values: readonly number[]): number {
  let total = 0
  for (const v of values) total += v
  return total
}

/** Fixed decimals, right-aligned to `width`. */
export function num(value: number, digits = 2, width = 0): string {
  const text = Number.isFinite(value) ? value.toFixed(digits) : String(value)
  return text.padStart(width)
}

/** A plain-text table: first row is the header; numbers right-aligned, text left-aligned. */
export function table(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'number' ? num(c) : c)))
  const widths: number[] = []
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)))
  const numeric = (c: string): boolean => /^[-+]?[\d.,]+(?:\s?(?:ms|x|×|%|MB|KB|MB\/s|B))?$/.test(c.trim())
  const lines = cells.map((row, r) =>
    row.map((c, i) => (r > 0 && numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()
  )
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '))
  return lines.join('\n')
}

/** A pass/fail mark. */
export function mark(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL'
}

/** Bytes in MB (10^6), two decimals. */
export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1) + ' MB'
}
