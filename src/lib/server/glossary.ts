import { buildGlossaryEntries } from '$lib/content/glossary-entries';
import { ContentError } from '$lib/content/errors.js';
import { GLOSSARY_FILE, parseGlossary } from '$lib/content/glossary.js';
import { chapterIndex } from './content';

// Imported through Vite (not read from disk) so the dev server reloads when it changes;
// parsed by the same reader as the chapters' term popovers.
const files = import.meta.glob('/content/glossary.json', { eager: true, import: 'default' });
const source = files[`/${GLOSSARY_FILE}`];
if (source === undefined) throw new ContentError(GLOSSARY_FILE, undefined, 'missing');

/** The glossary's rows, each linked to the section that teaches it; built once. */
export const glossaryEntries = buildGlossaryEntries(
	parseGlossary(source, GLOSSARY_FILE),
	chapterIndex
);
