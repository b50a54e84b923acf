import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, makeCode, readCode } from './code';

describe('join codes', () => {
	it('use no look-alike characters', () => {
		for (const ch of '0O1IL2Z5S6G8B') expect(CODE_ALPHABET).not.toContain(ch);
		expect(new Set(CODE_ALPHABET).size).toBe(22);
	});

	it('are 6 characters of the alphabet and skip codes in use', () => {
		let i = 0;
		const sequence = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 21];
		const code = makeCode(
			() => sequence[i++ % sequence.length]!,
			(c) => c === 'AAAAAA'
		);
		expect(code).toBe('CDEFH9');
	});

	it.each([
		['cdefh9', 'CDEFH9'],
		[' CDE-FH9 ', 'CDEFH9'],
		['CDEFH', null],
		['CDEFH0', null],
		['CDEFHO', null],
		['CDEFH99', null]
	])('reads %j as %j', (input, expected) => {
		expect(readCode(input)).toBe(expected);
	});
});
