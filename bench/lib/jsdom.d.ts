// Minimal types for the part of jsdom the benchmarks use (@types/jsdom is not a dependency).
declare module 'jsdom' {
  export class VirtualConsole {
    constructor()
  }
  export class JSDOM {
    constructor(html: string, options?: {virtualConsole?: VirtualConsole; url?: string})
    readonly window: Window & typeof globalThis & {close(): void}
  }
}
