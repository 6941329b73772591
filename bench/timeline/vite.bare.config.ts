// Builds the benchmark's bare vis-timeline page, served beside the app by the runner.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: '/bare/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../results/build/bare', import.meta.url)),
    emptyOutDir: true,
  },
});
