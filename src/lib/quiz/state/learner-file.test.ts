import { describe, expect, it } from 'vitest';
import coffeeFile from '../../../../content/scenarios/coffee.json';
import { parseScenario } from '$lib/simulation/core';
import { balancedRecordFor, storageKey, type SavedGame } from '$lib/simulation/state/saved-game';
import { READING_KEY, recordSection } from '$lib/site/reading-position';
import { listKeys, readKey, removeKey, writeKey } from '$lib/site/storage';
import { exportLearnerFile, importLearnerFile } from './learner-file';
import { Learner } from './learner.svelte';

const coffee = parseScenario(coffeeFile);
const game: SavedGame = {
	version: 1,
	runs: [
		{ id: 'goc', name: 'Ván chính', record: balancedRecordFor(coffee, 7, 3) },
		{ id: 'nhanh', name: 'Nhánh quý 2', record: balancedRecordFor(coffee, 7, 2) }
	],
	active: 'nhanh',
	mode: 'free',
	draft: balancedRecordFor(coffee, 7, 1).decisions[0]!
};

const clear = () => listKeys('crm-lab:').forEach(removeKey);
const fileOf = (text: string) => new Blob([text], { type: 'application/json' });

describe('the learner file', () => {
	it('carries saved games with their branches and the reading position to a fresh browser', async () => {
		clear();
		writeKey(storageKey(coffee), JSON.stringify(game));
		recordSection({ chapter: 'tong-quan-crm', section: 'dinh-nghia', title: 'Định nghĩa' }, 5);
		const source = new Learner();
		source.connect();
		const text = exportLearnerFile(source, [coffee]);
		expect(JSON.parse(text)).toMatchObject({ format: 'crm-lab-progress', version: 2 });

		clear();
		const target = new Learner();
		target.connect();
		const result = await importLearnerFile(target, fileOf(text), [coffee]);
		expect(result.ok || ('kept' in result && result.kept)).toBe(true);
		const restored = JSON.parse(readKey(storageKey(coffee))!) as SavedGame;
		expect(restored.runs.map((r) => [r.id, r.record.decisions.length])).toEqual([
			['goc', 3],
			['nhanh', 2]
		]);
		expect(readKey(READING_KEY)).toContain('dinh-nghia');
	});

	it('refuses a file with a damaged saved game, and writes nothing', async () => {
		clear();
		const learner = new Learner();
		learner.connect();
		const bad = JSON.parse(exportLearnerFile(learner, [coffee]));
		bad.answers = { 'tong-quan-crm-001': { right: 1, wrong: 0, last: 9, lastRight: true } };
		bad.learnerData.games = {
			coffee: { ...game, runs: [{ id: 'x', name: 'x', record: { seed: -1 } }] }
		};
		const result = await importLearnerFile(learner, fileOf(JSON.stringify(bad)), [coffee]);
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringContaining('learnerData.games')
		});
		expect(listKeys('crm-lab:')).toEqual([]);
		expect(learner.progress.answers).toEqual({});
	});

	it('refuses a part written by a newer version', async () => {
		clear();
		const learner = new Learner();
		learner.connect();
		const file = JSON.parse(exportLearnerFile(learner, [coffee]));
		file.learnerData.reading = { version: 5 };
		const result = await importLearnerFile(learner, fileOf(JSON.stringify(file)), [coffee]);
		expect(result).toMatchObject({ ok: false, message: expect.stringContaining('mới hơn') });
	});
});
