/** The letter templates, one data file a language (data/letters/<lang>.json). */
import type { LetterTemplate, LetterTemplates } from '@/data/schema';

const files = import.meta.glob<LetterTemplate>('../data/letters/*.json', { eager: true, import: 'default' });
export const letterTemplates: LetterTemplates = {
  templates: Object.fromEntries(Object.entries(files).map(([file, template]) => [file.replace(/^.*\/|\.json$/g, ''), template])),
};
