import { describe, expect, it } from 'vitest';
import { projectorAt, withProjector } from './projector';

const at = (search: string) => new URL(`https://lab.example/mo-phong/ca-phe${search}`);

describe('projector mode in the address', () => {
	it.each([
		['?trinh-chieu=1', true],
		['?van=abc&trinh-chieu=1', true],
		['', false],
		['?trinh-chieu=0', false],
		['?trinh-chieu=', false],
		['?trinh-chieu=true', false],
		['?trinh-chieu=1x', false]
	])('reads %s as %s', (search, on) => {
		expect(projectorAt(at(search))).toBe(on);
	});

	it('sets and removes the parameter, keeping the others', () => {
		const on = withProjector(at('?van=abc'), true);
		expect(on.search).toBe('?van=abc&trinh-chieu=1');
		expect(projectorAt(on)).toBe(true);
		expect(withProjector(on, false).search).toBe('?van=abc');
		expect(withProjector(at('?trinh-chieu=yes'), true).search).toBe('?trinh-chieu=1');
	});
});
