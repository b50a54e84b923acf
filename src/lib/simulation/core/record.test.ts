import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, POLICIES } from './index';
import { decodeRecord, encodeRecord, replay, type GameRecord } from './record';

const scenario = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const decide = (policy: string, q: number) => {
	const d = POLICIES[policy]!.decide(scenario, q);
	for (const k of Object.keys(d.spend) as (keyof typeof d.spend)[])
		d.spend[k] = Math.round(d.spend[k]);
	return d;
};
const record: GameRecord = {
	scenario: 'coffee',
	seed: 12345,
	decisions: [
		decide('balanced', 0),
		{ ...decide('hard-selling', 1), price: 1.15 },
		{ ...decide('societal', 2), targets: [scenario.segments[2]!.id] }
	]
};

describe('game records and share links', () => {
	it('round-trips through a share link and replays to identical reports', () => {
		const link = encodeRecord(record, scenario);
		expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
		const decoded = decodeRecord(link, scenario);
		expect(decoded).toEqual({ ok: true, record });
		if (!decoded.ok) return;
		expect(JSON.stringify(replay(scenario, decoded.record).history)).toBe(
			JSON.stringify(replay(scenario, record).history)
		);
	});

	it.each([
		['not base64 !!', /không giải mã được/],
		[btoa('{"a":1}'), /không đúng định dạng/],
		[btoa('[1,-4,[]]'), /hạt giống/],
		[btoa('[1,4,[[0,100,1,2]]]'), /quyết định quý 1 bị hỏng/],
		[btoa('[1,4,[[9,100,0,0,0,0,0,0,0,0]]]'), /quyết định quý 1 không hợp lệ \(philosophy/],
		[btoa('[1,4,[[0,500,0,0,0,0,0,0,0,0]]]'), /price/],
		[btoa('[1,4,[[0,100,99999999,0,0,0,0,0,0,0]]]'), /spend/],
		[btoa('[1,4,[[0,100,0,0,0,0,0,0,0,0,7]]]'), /targets/]
	])('refuses the tampered link %s with a clear message', (link, message) => {
		const result = decodeRecord(link.replace(/=+$/, ''), scenario);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
});
