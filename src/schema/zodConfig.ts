// Must run before any schema is built (dataset.ts imports it first): zod decides at construction
// whether to compile its parsers with eval (new Function). On the page that is off: probing for it
// breaks the Content-Security-Policy's no-eval rule. A worker is not under the page's policy (a
// <meta> policy covers the document only) and Node has none, so there zod compiles its parsers,
// which checks a large dataset about a quarter faster. Where a server's own policy forbids eval in
// workers too, zod finds out and falls back to the same parsers as the page.
import { z } from 'zod';

z.config({ jitless: typeof document !== 'undefined' });
