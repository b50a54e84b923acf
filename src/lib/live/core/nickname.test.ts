import { describe, expect, it } from 'vitest';
import { nicknameKey, normaliseNickname } from './nickname';

describe('normaliseNickname', () => {
	it.each([
		['  Lan   Anh ', 'Lan Anh'],
		// decomposed "Lân" (a + combining circumflex) becomes the precomposed letter
		['La\u0302n', 'Lân'],
		['Lan\u200b', 'Lan'],
		['\u202eevil', 'evil'],
		['a\u0000b\tc', 'ab c'],
		['<img src=x onerror=alert(1)>', null],
		['<b>x</b>', '<b>x</b>'],
		['', null],
		['   ', null],
		['12345678901234567890', '12345678901234567890'],
		['123456789012345678901', null]
	])('%j → %j', (input, expected) => {
		expect(normaliseNickname(input)).toBe(expected);
	});

	it('counts characters, not UTF-16 units', () => {
		expect(normaliseNickname('😀'.repeat(20))).toBe('😀'.repeat(20));
	});

	it('tells names apart by accents but not by case', () => {
		expect(nicknameKey('LAN')).toBe(nicknameKey('lan'));
		expect(nicknameKey('Lân')).not.toBe(nicknameKey('Lan'));
	});
});
