#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {batchV8Flags, RESTARTED_ENV, runRestarted} from './batch-v8.js'
import {isBatchWorker, startBatchWorker} from './batch-worker.js'
import {run} from './run.js'

// The same module is the CLI and, started by `batch` with its flag in `workerData`, a batch worker.
if (isBatchWorker()) {
  startBatchWorker()
} else {
  const argv = process.argv.slice(2)
  const restarted = process.env[RESTARTED_ENV] === '1'
  // A batch whose workers fill every core runs in a child process with V8's helper threads off (batch-v8.ts).
  const flags = restarted ? [] : batchV8Flags(argv, availableParallelism())
  const code = flags.length > 0 ? await runRestarted(fileURLToPath(import.meta.url), argv, flags) : undefined
  process.exitCode =
    code ??
    (await run(argv, {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      stdin: () => readFileSync(0),
      stderrIsTTY: process.stderr.isTTY === true,
      progressStream: process.stderr,
      entry: import.meta.url,
      v8HelpersOff: restarted
    }))
}
