import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The production build's Content-Security-Policy: no inline script and no eval; data may come
 * from any http(s) address (the `data` parameter), frames only from here (the embed preview).
 * Not in dev, where Vite's hot reload needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
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

export default defineConfig({
  // Relative addresses in the build (./assets/…, ./data/events.json, the workers beside their
  // chunks): the same files work from a site's root or from any folder of it.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
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
  },
});
