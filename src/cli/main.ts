#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {isBatchWorker, startBatchWorker} from './batch-worker.js'
import {run} from './run.js'

// The same module is the CLI and, started by `batch` with its flag in `workerData`, a batch worker.
if (isBatchWorker()) {
  startBatchWorker()
} else {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => readFileSync(0),
    stderrIsTTY: process.stderr.isTTY === true,
    progressStream: process.stderr,
    entry: import.meta.url
  })
}
