/** Summarise a V8 CPU profile (`.cpuprofile`): self and total time per function, per file/package, and call sites. */

export interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
export interface ProfileNode {
  id: number
  callFrame: CallFrame
  hitCount?: number
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

export interface FunctionRow {
  key: string
  self: number
  total: number
  /** Self time by caller key. */
  callers: Map<string, number>
}

/** Short place of a frame: `src/extract/serialize.ts:123` or `hast-util-sanitize/lib/index.js:45`. */
export function place(frame: CallFrame): string {
  let url = frame.url.replace(/^file:\/\//, '')
  const nm = url.lastIndexOf('/node_modules/')
  if (nm >= 0) url = url.slice(nm + '/node_modules/'.length)
  else {
    const src = url.search(/\/(src|bench)\//)
    if (src >= 0) url = url.slice(src + 1)
  }
  return `${url || '(native)'}:${frame.lineNumber + 1}`
}

export function frameKey(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${place(frame)}`
}

/** Group of a frame: the package (`hast-util-sanitize`), the source file (`src/extract/serialize.ts`), or the V8 category. */
export function groupOf(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '')
  const nm = url.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  const src = url.search(/\/(src|bench)\//)
  if (src >= 0) return url.slice(src + 1)
  if (url.startsWith('node:')) return 'node internals'
  return frame.functionName.startsWith('(') ? frame.functionName : '(native/V8)'
}

export interface Summary {
  totalMs: number
  functions: FunctionRow[]
  groups: Array<{group: string; self: number}>
}

/** Self time (ms) per node from samples and time deltas (exact), else hit counts × mean interval. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>()
  if (profile.samples && profile.timeDeltas) {
    // timeDeltas[i] is the time before sample i; attribute the interval after sample i to it.
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
      self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + dt)
    }
    return self
  }
  const hits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0)
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(hits, 1)
  for (const node of profile.nodes) self.set(node.id, (node.hitCount ?? 0) * interval)
  return self
}

export function summarise(profile: CpuProfile): Summary {
  const self = selfTimes(profile)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const rows = new Map<string, FunctionRow>()
  const row = (key: string): FunctionRow => {
    let r = rows.get(key)
    if (!r) rows.set(key, (r = {key, self: 0, total: 0, callers: new Map()}))
    return r
  }
  const groups = new Map<string, number>()
  let totalMs = 0
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0
    if (t === 0) continue
    totalMs += t
    const key = frameKey(node.callFrame)
    const r = row(key)
    r.self += t
    const group = groupOf(node.callFrame)
    groups.set(group, (groups.get(group) ?? 0) + t)
    // Caller: nearest ancestor frame that is a different function.
    let p = parent.get(node.id)
    while (p !== undefined && frameKey(byId.get(p)!.callFrame) === key) p = parent.get(p)
    const callerKey = p === undefined ? '(root)' : frameKey(byId.get(p)!.callFrame)
    r.callers.set(callerKey, (r.callers.get(callerKey) ?? 0) + t)
    // Total: every distinct function on the stack (recursion counted once).
    const seen = new Set<string>()
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const k = frameKey(byId.get(id)!.callFrame)
      if (seen.has(k)) continue
      seen.add(k)
      row(k).total += t
    }
  }
  return {
    totalMs,
    functions: [...rows.values()],
    groups: [...groups.entries()].map(([group, s]) => ({group, self: s})).sort((a, b) => b.self - a.self)
  }
}

/** CPU profile of `fn` (in this process, via the inspector), sampled every `interval` µs. */
export async function profileOf(fn: () => void, interval = 100): Promise<CpuProfile> {
  const {Session} = await import('node:inspector')
  const session = new Session()
  session.connect()
  const post = <T>(method: string, params?: object): Promise<T> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))
  await post('Profiler.enable')
  await post('Profiler.setSamplingInterval', {interval})
  await post('Profiler.start')
  fn()
  const {profile} = await post<{profile: CpuProfile}>('Profiler.stop')
  session.disconnect()
  return profile
}

/** Lines of a "top functions by self time" table (share of sampled time, with the main callers). */
export function topSelf(profile: CpuProfile, top = 15): string[][] {
  const s = summarise(profile)
  const share = (ms: number): string => ((ms / s.totalMs) * 100).toFixed(1) + '%'
  return [
    ['self', 'total', 'function', 'callers'],
    ...[...s.functions].sort((a, b) => b.self - a.self).slice(0, top).map((f) => [
      share(f.self), share(f.total), f.key,
      [...f.callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, v]) => `${k.split(' ')[0]} ${((v / f.self) * 100).toFixed(0)}%`).join(', ')
    ])
  ]
}
