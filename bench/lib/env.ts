/** The machine a benchmark ran on: printed at the top of every report. */
import os from 'node:os'

export interface MachineInfo {
  date: string
  node: string
  cpu: string
  cores: number
  platform: string
  loadavg: number[]
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100)
  }
}

export function printMachine(title: string, info: MachineInfo = machineInfo()): void {
  console.log(`# ${title}`)
  console.log(`date ${info.date} · node ${info.node} · ${info.cpu} · ${info.cores} cores · ${info.platform} · load ${info.loadavg.join(' ')}`)
  console.log('Note: shared machine, other processes running; compare ratios taken within one run, not absolute numbers across runs.')
}

/** Value of `--name value` in argv, or undefined. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

export function argNumber(name: string, fallback: number): number {
  const value = argValue(name)
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isFinite(n)) throw new Error(`${name} wants a number, got ${value}`)
  return n
}

export function hasFlag(name: string): boolean {
  return process.argv.includes(name)
}
