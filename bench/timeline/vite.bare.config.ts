// Builds the benchmark's vis-timeline pages (vis alone, and vis with `cluster`: one page, a URL flag),
// served beside the app by the runner.
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
