import type { HostCommand, Phase } from './room';

/** The step the lecturer usually takes next: start, reveal the key, the next question. */
export function primaryCommand(phase: Phase): HostCommand | null {
	switch (phase) {
		case 'lobby':
			return 'start';
		case 'open':
		case 'paused':
		case 'closed':
			return 'reveal';
		case 'revealed':
			return 'next';
		case 'ended':
			return null;
	}
}

/**
 * The host's keyboard, as in the slides: → / Space / Enter / PageDown take the next step,
 * P pauses and resumes, S skips the question (next without the key), F is full screen.
 */
export function hostKeyAction(key: string, phase: Phase): HostCommand | 'fullscreen' | null {
	if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(key)) return primaryCommand(phase);
	const k = key.toLowerCase();
	if (k === 'p') return phase === 'open' ? 'pause' : phase === 'paused' ? 'resume' : null;
	if (k === 's')
		return phase === 'open' || phase === 'paused' || phase === 'closed' ? 'next' : null;
	if (k === 'f') return 'fullscreen';
	return null;
}

/** The step a class game usually takes next: start, close the vote and play, next quarter. */
export function gamePrimaryCommand(phase: Phase): HostCommand | null {
	if (phase === 'lobby') return 'start';
	if (phase === 'open' || phase === 'paused') return 'close';
	return phase === 'revealed' ? 'next' : null;
}

/** The game's keyboard: → / Space / Enter / PageDown the next step, P pause, F full screen. */
export function gameKeyAction(key: string, phase: Phase): HostCommand | 'fullscreen' | null {
	if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(key)) return gamePrimaryCommand(phase);
	const k = key.toLowerCase();
	if (k === 'p') return phase === 'open' ? 'pause' : phase === 'paused' ? 'resume' : null;
	return k === 'f' ? 'fullscreen' : null;
}
