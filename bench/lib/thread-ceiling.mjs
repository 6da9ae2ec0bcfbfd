/**
 * What two threads can gain over one on this machine, for `bench/batch.ts`: the same fixed work done
 * by one worker thread alone, then by two at once (each the same amount). Speed-up = 2 × one / two.
 *
 *   node bench/lib/thread-ceiling.mjs <bundle index.js> <pages dir> [warm rounds]
 *
 * Two kinds of work: an integer loop that touches no memory (the ceiling for pure computation), and
 * `analyze` over the AEB pages already decoded in memory (no files, no CLI, no messages: the ceiling
 * for the batch's real work, allocation and garbage collection included). `analyze` is timed in two
 * phases inside each thread: its first round over the pages (cold: V8 still compiles and
 * re-compiles the hot functions, on helper threads), then `warm rounds` more (steady state).
 * Prints one JSON line.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {gunzipSync} from 'node:zlib'

/** Iterations of the integer loop per thread (about a second on a quiet day here). */
const SPIN_ITERATIONS = 400_000_000

function spin() {
  let x = 1
  for (let i = 0; i < SPIN_ITERATIONS; i++) x = (x * 1103515245 + 12345) | 0
  return x
}

/** Wall and process CPU (all threads) of `run`, in ms. */
function timed(run) {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const sink = run()
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return {ms, cpuMs: (cpu.user + cpu.system) / 1000, sink}
}

async function analyzePages(bundle, dir, rounds) {
  const {analyze} = await import(bundle)
  const pages = readdirSync(dir).sort().map((name) => {
    const bytes = readFileSync(`${dir}/${name}`)
    return new TextDecoder().decode(name.endsWith('.gz') ? gunzipSync(bytes) : bytes)
  })
  const round = () => {
    let sink = 0
    for (const page of pages) sink += analyze(page).article.text.length
    return sink
  }
  const cold = timed(round)
  const warm = timed(() => {
    let sink = 0
    for (let r = 0; r < rounds; r++) sink += round()
    return sink
  })
  return {cold, warm}
}

async function work(data) {
  if (data.kind === 'spin') return {warm: timed(spin)}
  return analyzePages(data.bundle, data.dir, data.rounds)
}

/** The phase times of `count` worker threads doing `data`'s work at once. */
function together(count, data) {
  return Promise.all(
    Array.from({length: count}, () => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {workerData: data})
      worker.once('message', resolve)
      worker.once('error', reject)
    }))
  )
}

/** Speed-up of two threads over one for a phase: the slower of the two threads counts. */
function phase(one, two, name) {
  const oneMs = one[0][name].ms
  const twoMs = Math.max(...two.map((x) => x[name].ms))
  return {
    oneMs,
    twoMs,
    speedUp: (2 * oneMs) / twoMs,
    // Process CPU over the phase as the thread saw it (with two threads, both run their phase at once).
    cpuPerWallOne: one[0][name].cpuMs / oneMs,
    cpuPerWallTwo: Math.max(...two.map((x) => x[name].cpuMs)) / twoMs
  }
}

if (!isMainThread) {
  parentPort.postMessage(await work(workerData))
} else {
  const [bundle, dir, rounds = '5'] = process.argv.slice(2)
  const out = {}
  for (const kind of ['spin', 'analyze']) {
    const data = {kind, bundle, dir, rounds: Number(rounds)}
    const one = await together(1, data)
    const two = await together(2, data)
    if (kind === 'spin') out.spin = phase(one, two, 'warm')
    else {
      out.analyzeCold = phase(one, two, 'cold')
      out.analyzeWarm = phase(one, two, 'warm')
    }
  }
  console.log(JSON.stringify(out))
}
