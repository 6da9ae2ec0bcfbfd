import {parentPort, workerData} from 'node:worker_threads'
import {analyze} from '../analyze.js'
import {toBatchRecord, errorRecord, type BatchRecord} from './batch-record.js'
import {readPage} from './inputs.js'
import {oneLine, UsageError} from './io.js'
import {WORKER_READY} from './batch-pool.js'

/** `workerData` key that tells the CLI entry module to act as a batch worker. */
export const BATCH_WORKER_FLAG = 'articleGuardBatchWorker'

/** A page the main thread sends to a worker. */
export interface BatchJob {
  id: string
  path: string
}

/** Options every worker gets in `workerData`. */
export interface BatchWorkerData {
  [BATCH_WORKER_FLAG]: true
  encoding?: string
}

/** Whether this thread was started as a batch worker. */
export function isBatchWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[BATCH_WORKER_FLAG] === true
}

/** Analyse one page into its record; any failure becomes an error record. */
export function processJob(job: BatchJob, encoding: string | undefined): BatchRecord {
  try {
    const bytes = readPage(job.path, () => new Uint8Array(), job.id)
    return toBatchRecord(job.id, analyze(bytes, encoding === undefined ? {} : {encoding}))
  } catch (error) {
    // Input problems read as they are; anything else (a bug) keeps its error name.
    const prefix = error instanceof UsageError ? '' : `${error instanceof Error ? error.name : 'Error'}: `
    return errorRecord(job.id, prefix + oneLine(error))
  }
}

/** Worker loop: answer each job message with its record. */
export function startBatchWorker(): void {
  const data = workerData as BatchWorkerData
  parentPort!.on('message', (job: BatchJob) => {
    parentPort!.postMessage(processJob(job, data.encoding))
  })
  parentPort!.postMessage(WORKER_READY)
}
