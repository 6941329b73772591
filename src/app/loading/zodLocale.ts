// zod's own messages (a field of the wrong type, a string too long) in the interface's language:
// zod 4 ships French and Arabic. Set here, where the app reads a file, not in src/schema, which
// knows no language; a schema's own words ("an image needs alt text") stay as the schema wrote them.
import { z } from 'zod';
import { ar, en, fr } from 'zod/locales';
import { interfaceLanguage } from '../model/i18n/intl';
import type { Language } from '../model/i18n/locales';

const ZOD_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = { en, fr, ar };

/** How zod's own message for a value of the wrong type begins, in each language. */
const INVALID_INPUT: Record<Language, string> = {
  en: 'Invalid input',
  fr: 'Entrée invalide',
  ar: 'مدخلات غير مقبولة',
};

let spoken: Language | null = null;

/** From now on zod words its own messages in the interface's language (in this page or worker). */
export function speakZodInInterfaceLanguage(): void {
  const language = interfaceLanguage();
  if (spoken === language) return;
  z.config(ZOD_LOCALES[language]());
  spoken = language;
}

/** Whether a message is zod's own wording, not one a schema chose. */
export function isZodWording(message: string): boolean {
  return message.startsWith(INVALID_INPUT[interfaceLanguage()]);
}
