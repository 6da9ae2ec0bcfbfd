import {Worker} from 'node:worker_threads'
import {processJob, type BatchJob, type BatchWorkerData} from './batch-worker.js'
import {errorRecord, type BatchRecord} from './batch-record.js'

/** How the pool runs its workers. */
export interface PoolOptions {
  /** Number of worker threads; 0 analyses in the calling thread (no threads). */
  workers: number
  /** Module each worker runs (the CLI entry, which turns into a worker when it sees the flag). */
  script: URL
  /** `execArgv` of the workers; `undefined` inherits the process's. */
  execArgv: string[] | undefined
  /** Data every worker gets. */
  workerData: BatchWorkerData
  /** Longest time one page may take before its worker is killed and the page recorded as an error. */
  timeoutMs: number
}

/**
 * Analyse `jobs` over a pool of worker threads, one page in flight per worker, calling `onRecord`
 * with each record as it arrives (completion order). A page that throws, times out or crashes its
 * worker becomes an error record; a crashed or killed worker is replaced, so the batch never stops.
 */
export function runPool(jobs: readonly BatchJob[], options: PoolOptions, onRecord: (record: BatchRecord) => void): Promise<void> {
  if (options.workers === 0) {
    for (const job of jobs) onRecord(processJob(job, options.workerData.encoding))
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    let next = 0
    let done = 0
    let live = 0
    const finish = (): void => {
      if (done === jobs.length && live === 0) resolve()
    }

    const startWorker = (): void => {
      if (next >= jobs.length) {
        finish()
        return
      }
      live++
      const worker = new Worker(options.script, {
        workerData: options.workerData,
        ...(options.execArgv === undefined ? {} : {execArgv: options.execArgv}),
        stdout: false,
        stderr: false
      })
      let current: BatchJob | undefined
      let timer: NodeJS.Timeout | undefined
      let ended = false

      const dispatch = (): void => {
        if (next >= jobs.length) {
          current = undefined
          ended = true
          void worker.terminate()
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
        live--
        if (current) {
          onRecord(errorRecord(current.id, reason))
          done++
        }
        startWorker()
        finish()
      }

      worker.on('message', (record: BatchRecord) => {
        if (ended) return
        clearTimeout(timer)
        onRecord(record)
        done++
        dispatch()
      })
      worker.on('error', (error) => fail(`worker crashed: ${error.message.split('\n')[0]}`))
      worker.on('exit', (code) => fail(`worker exited with code ${code}`))
      dispatch()
    }

    const count = Math.min(options.workers, jobs.length)
    if (count === 0) resolve()
    for (let i = 0; i < count; i++) startWorker()
  })
}
