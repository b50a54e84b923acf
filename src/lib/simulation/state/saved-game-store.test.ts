import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario } from '$lib/simulation/core';
import { SafeStorage } from '$lib/site/storage';
import { fakeStorage } from '$lib/site/fake-storage';
import { SavedGameStore, type GameToSave } from './saved-game-store';
import { defaultDecisions, storageKey, type Run } from './saved-game';

const coffee = parseScenario(
	JSON.parse(
		readFileSync(
			path.resolve(import.meta.dirname, '../../../../content/scenarios/coffee.json'),
			'utf8'
		)
	)
);
const draft = defaultDecisions(coffee);
const KEY = storageKey(coffee);
const run = (id: string, quarters: number, price = draft.price): Run => ({
	id,
	name: id,
	record: {
		scenario: 'coffee',
		seed: 7,
		decisions: Array.from({ length: quarters }, (_, q) => ({ ...draft, price: q ? price : 1 }))
	}
});
const game = (runs: Run[]): GameToSave => ({
	runs,
	activeId: runs[0]!.id,
	mode: 'free',
	draft,
	fork: (r) => ({ ...r, id: `${r.id}+` })
});

function setUp(quota = Infinity) {
	const raw = fakeStorage(quota);
	const notices: string[] = [];
	const store = () =>
		new SavedGameStore(
			new SafeStorage(() => raw),
			coffee,
			(n) => notices.push(n),
			() => 42
		);
	return { raw, notices, store };
}

describe('SavedGameStore', () => {
	it('sets an unreadable game aside under a backup key, naming the problem', () => {
		const { raw, notices, store } = setUp();
		raw.setItem(KEY, '{"version":1,"runs":');
		expect(store().read(draft)).toBeNull();
		expect(raw.getItem(`${KEY}:backup:42`)).toBe('{"version":1,"runs":');
		expect(notices[0]).toContain('JSON');
		expect(notices[0]).toContain(`${KEY}:backup:42`);
	});

	it('leaves a newer version untouched and saves nothing over it', () => {
		const { raw, notices, store } = setUp();
		const newer = JSON.stringify({ version: 2, whatever: true });
		raw.setItem(KEY, newer);
		const s = store();
		expect(s.read(draft)).toBeNull();
		expect(s.write(game([run('a', 1)]))).toBeNull();
		expect(raw.getItem(KEY)).toBe(newer);
		expect(notices[0]).toContain('phiên bản mới hơn');
	});

	it('saves nothing when there is no room to back up an unreadable game', () => {
		const { raw, notices, store } = setUp(50);
		raw.setItem(KEY, 'garbage');
		const s = store();
		s.read(draft);
		s.write(game([run('a', 1)]));
		expect(raw.getItem(KEY)).toBe('garbage');
		expect(notices[0]).toContain('được giữ nguyên');
	});

	it('keeps the other tab’s play: two stores on one storage lose no quarter', () => {
		const { raw, store } = setUp();
		const first = store();
		first.write(game([run('a', 1)]));
		const second = store();
		second.read(draft);
		first.write(game([run('a', 4)])); // three more quarters in the first tab
		const merged = second.write(game([run('a', 3, 1.2)])); // two more in the second
		expect(merged?.runs.map((r) => `${r.id}:${r.record.decisions.length}`)).toEqual([
			'a:4',
			'a+:3'
		]);
		const stored = JSON.parse(raw.getItem(KEY)!) as { runs: Run[] };
		expect(stored.runs.map((r) => r.record.decisions.length)).toEqual([4, 3]);
	});
});
