/** A `gc()` function without `--expose-gc` on the command line (for `--gc` options of the benchmarks). */
import v8 from 'node:v8'
import vm from 'node:vm'

export function getGc(): () => void {
  const existing = (globalThis as {gc?: () => void}).gc
  if (existing) return existing
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc') as () => void
}
