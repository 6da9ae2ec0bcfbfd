/** The ESM browser bundle of `src/index.ts`, the `node:` imports it contains (`importer -> module`), and its size. */
export function buildBrowserBundle(): Promise<{code: string; nodeImports: string[]; bytes: number}>
