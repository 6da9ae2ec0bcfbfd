/**
 * What two threads can gain over one on this machine, for `bench/batch.ts`: the same fixed work done
 * by one worker thread alone, then by two at once (each the same amount). Speed-up = 2 × one / two.
 *
 *   node bench/lib/thread-ceiling.mjs <bundle index.js> <pages dir> [rounds]
 *
 * Two kinds of work: an integer loop that touches no memory (the ceiling for pure computation), and
 * `analyze` over the AEB pages already decoded in memory (no files, no CLI, no messages: the ceiling
 * for the batch's real work, allocation and garbage collection included). Prints one JSON line.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {gunzipSync} from 'node:zlib'

/** Iterations of the integer loop per thread (about a second here). */
const SPIN_ITERATIONS = 400_000_000

function spin() {
  let x = 1
  for (let i = 0; i < SPIN_ITERATIONS; i++) x = (x * 1103515245 + 12345) | 0
  return x
}

async function analyzePages(bundle, dir, rounds) {
  const {analyze} = await import(bundle)
  const pages = readdirSync(dir).sort().map((name) => {
    const bytes = readFileSync(`${dir}/${name}`)
    return new TextDecoder().decode(name.endsWith('.gz') ? gunzipSync(bytes) : bytes)
  })
  // Warm-up (JIT), untimed.
  for (const page of pages.slice(0, 20)) analyze(page)
  const t0 = performance.now()
  let sink = 0
  for (let r = 0; r < rounds; r++) for (const page of pages) sink += analyze(page).article.text.length
  return {ms: performance.now() - t0, sink}
}

async function work(data) {
  if (data.kind === 'spin') {
    const t0 = performance.now()
    const sink = spin()
    return {ms: performance.now() - t0, sink}
  }
  return analyzePages(data.bundle, data.dir, data.rounds)
}

/** Wall time of `count` worker threads doing `data`'s work at once. */
function together(count, data) {
  const t0 = performance.now()
  return Promise.all(
    Array.from({length: count}, () => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {workerData: data})
      worker.once('message', resolve)
      worker.once('error', reject)
    }))
  ).then(() => performance.now() - t0)
}

if (!isMainThread) {
  parentPort.postMessage(await work(workerData))
} else {
  const [bundle, dir, rounds = '1'] = process.argv.slice(2)
  const out = {}
  for (const kind of ['spin', 'analyze']) {
    const data = {kind, bundle, dir, rounds: Number(rounds)}
    const cpu0 = process.cpuUsage()
    const one = await together(1, data)
    const cpu1 = process.cpuUsage(cpu0)
    const two = await together(2, data)
    const cpu2 = process.cpuUsage(cpu0)
    const cpuOne = (cpu1.user + cpu1.system) / 1000
    const cpuTwo = (cpu2.user + cpu2.system) / 1000 - cpuOne
    out[kind] = {oneMs: one, twoMs: two, speedUp: (2 * one) / two, cpuPerWallOne: cpuOne / one, cpuPerWallTwo: cpuTwo / two}
  }
  console.log(JSON.stringify(out))
}
