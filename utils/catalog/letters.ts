/** Letter templates, one a language (only the letter page bundles them). */
import type { LetterTemplates } from '@/data/schema';
import letters from 'virtual:sim-exit/letters';

export const letterTemplates: LetterTemplates = { templates: letters };
