import {describe, expect, it} from 'vitest'
import {runPool, WORKER_READY, WorkerStartError, type PoolOptions} from '../../src/cli/batch-pool.js'
import type {BatchRecord} from '../../src/cli/batch-record.js'
import type {BatchJob} from '../../src/cli/batch-worker.js'

/**
 * A stand-in worker (evaluated code, CommonJS) that answers each page by its id: `crash` exits the
 * thread, `throw` throws out of the message handler, `hang` never answers; any other page gets a
 * record whose title says which thread made it.
 */
const fakeWorker = `
const {parentPort, threadId} = require('node:worker_threads')
parentPort.on('message', (job) => {
  if (job.id.startsWith('crash')) process.exit(3)
  if (job.id.startsWith('throw')) throw new Error('boom')
  if (job.id.startsWith('hang')) for (;;) {}
  parentPort.postMessage({id: job.id, level: 'none', score: 0, blocks: 0, categories: [], lang: '', title: String(threadId)})
})
parentPort.postMessage(${JSON.stringify(WORKER_READY)})
`

function options(workers: number, code = fakeWorker): PoolOptions {
  return {workers, script: {code}, workerData: {articleGuardBatchWorker: true}, timeoutMs: 1000}
}

function jobsOf(ids: string[]): BatchJob[] {
  return ids.map((id) => ({id, path: `/nowhere/${id}`}))
}

async function records(ids: string[], workers: number): Promise<BatchRecord[]> {
  const out: BatchRecord[] = []
  await runPool(jobsOf(ids), options(workers), (record) => out.push(record))
  return out
}

describe('runPool', () => {
  it.each([1, 2, 3])('gives every page exactly one record when workers crash, throw and hang (%i workers)', {timeout: 20_000}, async (workers) => {
    const ids = ['a', 'crash', 'b', 'c', 'throw', 'd', 'e', 'hang', 'f', 'g', 'crash-2', 'h']
    const out = await records(ids, workers)
    expect(out.map((r) => r.id).sort()).toEqual([...ids].sort())
    const byId = new Map(out.map((r) => [r.id, r]))
    expect(byId.get('crash')!.error).toBe('worker exited with code 3')
    expect(byId.get('crash-2')!.error).toBe('worker exited with code 3')
    expect(byId.get('throw')!.error).toMatch(/^worker crashed: .*boom/)
    expect(byId.get('hang')!.error).toBe('timeout: no result after 1 s')
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) expect(byId.get(id)!.error).toBeUndefined()
  })

  it('uses every worker it is given', async () => {
    const ids = Array.from({length: 40}, (_, i) => `page-${i}`)
    const out = await records(ids, 2)
    expect(out).toHaveLength(40)
    expect(new Set(out.map((r) => r.title)).size).toBe(2)
  })

  it('keeps the order of the pages with one worker', async () => {
    const ids = Array.from({length: 10}, (_, i) => `page-${i}`)
    expect((await records(ids, 1)).map((r) => r.id)).toEqual(ids)
  })

  it('resolves at once with no pages', async () => {
    expect(await records([], 2)).toEqual([])
  })

  it('rejects with WorkerStartError when a worker fails before it is ready', async () => {
    await expect(runPool(jobsOf(['a', 'b']), options(2, 'throw new Error("cannot load")'), () => {})).rejects.toBeInstanceOf(WorkerStartError)
  })
})
