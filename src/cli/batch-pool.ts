import {Worker} from 'node:worker_threads'
import {oneLine} from './io.js'
import {processJob, type BatchJob, type BatchWorkerData} from './batch-worker.js'
import {errorRecord, type BatchRecord} from './batch-record.js'

/** How the pool runs its workers. */
export interface PoolOptions {
  /** Number of worker threads; 0 analyses in the calling thread (no threads). */
  workers: number
  /** What each worker runs: the CLI entry module (which turns into a worker when it sees the flag), or code to eval that loads it. */
  script: WorkerScript
  /** Data every worker gets. */
  workerData: BatchWorkerData
  /** Longest time one page may take before its worker is killed and the page recorded as an error. */
  timeoutMs: number
}

/** A worker's module: a file URL (built JavaScript), or code evaluated as the worker (source through tsx). */
export type WorkerScript = {url: URL} | {code: string}

/** Message a worker sends once it has loaded, before any job (so a worker that cannot start is told from a page that crashes it). */
export const WORKER_READY = 'article-guard-worker-ready'

/** A worker that cannot even start: the batch stops (exit 2) rather than record every page as an error. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError'
}

/**
 * Analyse `jobs` over a pool of worker threads, one page in flight per worker, calling `onRecord`
 * with each record as it arrives (completion order). A page that throws, times out or crashes its
 * worker becomes an error record; a crashed or killed worker is replaced, so the batch never stops.
 * Rejects with `WorkerStartError` only when a worker fails before it is ready.
 */
export function runPool(jobs: readonly BatchJob[], options: PoolOptions, onRecord: (record: BatchRecord) => void): Promise<void> {
  if (options.workers === 0) {
    for (const job of jobs) onRecord(processJob(job, options.workerData.encoding))
    return Promise.resolve()
  }
  return new Promise((resolve, reject) => {
    let next = 0
    let failed = false
    let done = 0
    let live = 0
    const finish = (): void => {
      if (!failed && done === jobs.length && live === 0) resolve()
    }
    const workers = new Set<Worker>()

    const startWorker = (): void => {
      if (failed) return
      if (next >= jobs.length) {
        finish()
        return
      }
      live++
      const settings = {workerData: options.workerData, stdout: false, stderr: false}
      const worker = 'url' in options.script ? new Worker(options.script.url, settings) : new Worker(options.script.code, {...settings, eval: true})
      workers.add(worker)
      let current: BatchJob | undefined
      let timer: NodeJS.Timeout | undefined
      let ended = false
      let ready = false

      const dispatch = (): void => {
        if (failed) return
        if (next >= jobs.length) {
          current = undefined
          ended = true
          void worker.terminate()
          workers.delete(worker)
          live--
          finish()
          return
        }
        current = jobs[next++]!
        timer = setTimeout(() => fail(`timeout: no result after ${options.timeoutMs / 1000} s`), options.timeoutMs)
        worker.postMessage(current)
      }

      /** The worker died or hung: record its page as an error and carry on with a fresh worker. */
      const fail = (reason: string): void => {
        if (ended) return
        ended = true
        clearTimeout(timer)
        void worker.terminate()
        workers.delete(worker)
        live--
        if (!ready) {
          failed = true
          for (const other of workers) void other.terminate()
          reject(new WorkerStartError(`cannot start a batch worker: ${reason}`))
          return
        }
        if (current) {
          onRecord(errorRecord(current.id, reason))
          done++
        }
        startWorker()
        finish()
      }

      worker.on('message', (record: BatchRecord | typeof WORKER_READY) => {
        if (ended) return
        if (record === WORKER_READY) {
          ready = true
          dispatch()
          return
        }
        clearTimeout(timer)
        onRecord(record)
        done++
        dispatch()
      })
      worker.on('error', (error) => fail(`worker crashed: ${oneLine(error)}`))
      worker.on('exit', (code) => fail(`worker exited with code ${code}`))
    }

    const count = Math.min(options.workers, jobs.length)
    if (count === 0) resolve()
    for (let i = 0; i < count; i++) startWorker()
  })
}
