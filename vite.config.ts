import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The production build's Content-Security-Policy: no inline script and no eval; data may come
 * from any http(s) address (the `data` parameter), and so may images (an event's media: a picture
 * only, which runs nothing); frames only from here (the embed preview), never another site's.
 * Not in dev, where Vite's hot reload needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https: http:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'newsline-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Beside index.html; read by src/app/edit/staticSite.ts. */
const SITE_FILES = 'site-files.json';

/**
 * Writes dist/site-files.json: every built file a static copy of the app needs, which edit mode's
 * "Download the site" fetches and zips. Read from the disk once the build is written, so it holds
 * what was really written (lazy chunks, the workers' own builds, public/ files), not what one
 * bundle knew of. Not data/ (the zip brings its own dataset), not source maps (a reader's copy has
 * no use for megabytes of them), not Vite's own files.
 */
function siteFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'newsline-site-files',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      async handler() {
        const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter(
            (file) =>
              !file.startsWith('data/') &&
              !file.startsWith('.vite/') &&
              !file.endsWith('.map') &&
              file !== SITE_FILES,
          )
          .sort();
        await writeFile(join(outDir, SITE_FILES), `${JSON.stringify(files, null, 2)}\n`);
      },
    },
  };
}

export default defineConfig({
  // Relative addresses in the build (./assets/…, ./data/events.json, the workers beside their
  // chunks): the same files work from a site's root or from any folder of it.
  base: './',
  plugins: [react(), contentSecurityPolicy(), siteFiles()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // `npm start` serves here; PORT and HOST move it (so does `npm start -- --port 8080 --host 0.0.0.0`).
  preview: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT) || 4173,
    strictPort: true,
  },
  // Module workers, so the dataset worker loads its converters and search index only when used.
  worker: { format: 'es' },
  build: {
    sourcemap: true,
    // The first view's chunk is vis-timeline and React: ~700 KB minified, 200 KB gzip (npm run bench
    // reports it). Warn only if it grows past that.
    chunkSizeWarningLimit: 800,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // A test's limit catches a hang, not a slow machine: CI's shared machine runs up to twice as slow.
    testTimeout: 20_000,
  },
});
