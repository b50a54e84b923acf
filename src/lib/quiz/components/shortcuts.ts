import { optionFromKey } from '$lib/quiz/core/practice';

/** What a key press asks of a question page: go on (Enter), or pick option n (1–4, A–D). */
export type QuizShortcut = { kind: 'enter' } | { kind: 'option'; index: number };

/**
 * Reads the question pages' shortcuts from a key press, or null when the key is not one or
 * belongs to something else: a key with a modifier, Enter on a button, link or field (which
 * act on their own), a letter typed into a text field.
 */
export function quizShortcut(event: KeyboardEvent): QuizShortcut | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	const target = event.target as HTMLElement;
	if (event.key === 'Enter')
		return target.matches('button, a, select, textarea') ? null : { kind: 'enter' };
	if (target.matches('input[type="text"], textarea, select')) return null;
	const index = optionFromKey(event.key);
	return index === null ? null : { kind: 'option', index };
}
