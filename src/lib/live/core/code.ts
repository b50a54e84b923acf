/**
 * Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S,
 * 6/G, 8/B), so a code read off a projector from the back row is typed right.
 * 22⁶ ≈ 113 million codes: guessing is stopped by the per-address limits, not by luck.
 */
export const CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY3479';
export const CODE_LENGTH = 6;

/**
 * A new code. `randomInt(n)` returns an integer in [0, n) (the server passes a
 * cryptographic one); `taken` says whether a code is in use.
 */
export function makeCode(randomInt: (n: number) => number, taken: (code: string) => boolean) {
	for (let attempt = 0; attempt < 100; attempt++) {
		let code = '';
		for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
		if (!taken(code)) return code;
	}
	throw new Error('No free join code after 100 attempts');
}

/**
 * What a student typed, as a code: upper case, without spaces or dashes. Null when it
 * cannot be a code (wrong length, or a character outside the alphabet).
 */
export function readCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== CODE_LENGTH) return null;
	for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
	return code;
}
