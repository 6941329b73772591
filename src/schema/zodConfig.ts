// Must run before any schema is built (dataset.ts imports it first): zod decides at construction
// whether to compile parsers with eval (new Function), and probing for it breaks the
// Content-Security-Policy's no-eval rule.
import { z } from 'zod';

z.config({ jitless: true });
