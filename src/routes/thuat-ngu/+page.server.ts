import { glossaryEntries } from '$lib/server/glossary';

export const load = () => ({ terms: glossaryEntries });
