import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', rehype: 'src/rehype.ts', 'cli/main': 'src/cli/main.ts'},
  format: ['esm'],
  target: 'node20',
  dts: {entry: {index: 'src/index.ts', rehype: 'src/rehype.ts'}},
  clean: true,
  sourcemap: true,
  splitting: true
})
