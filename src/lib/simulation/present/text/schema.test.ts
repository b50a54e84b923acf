import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSimulatorFile, checkSimulatorTexts, SIMULATOR_FILES } from './check';
import { parseCauses } from './schema';

const dir = path.resolve(import.meta.dirname, '../../../../../content/simulator');
const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
const file = (name: string) => `content/simulator/${name}`;
const check = (name: string, input: unknown) => () => checkSimulatorFile(name, input, file(name));

describe('content/simulator', () => {
	it('accepts every file as it is and lists its section links', () => {
		const refs = checkSimulatorFile('levers.json', read('levers.json'), file('levers.json'));
		expect(refs).toContainEqual({
			field: 'levers.brand.ref',
			ref: 'gia-tri-va-su-thoa-man#gia-tri-hinh-anh'
		});
		const lessons = checkSimulatorFile('debrief.json', read('debrief.json'), file('debrief.json'));
		expect(lessons.map((r) => r.ref)).toContain('gia-tri-va-su-thoa-man#ky-vong');
		for (const name of [
			'causes.json',
			'philosophies.json',
			'policies.json',
			'guided.json',
			'vote.json',
			'metrics.json'
		])
			expect(check(name, read(name))).not.toThrow();
	});

	it('refuses a cause code that has no sentence', () => {
		const { causes } = read('causes.json');
		delete causes['technology-alone'];
		expect(() => parseCauses({ causes }, file('causes.json'))).toThrow(
			'content/simulator/causes.json: causes.technology-alone: is missing: the engine gives this cause'
		);
	});

	it('refuses a sentence that names a value its cause does not carry', () => {
		const { causes } = read('causes.json');
		causes['acquisition-costs-more'] = 'Khách mới tốn gấp {ratio} lần, {lever} thì không.';
		expect(() => parseCauses({ causes }, file('causes.json'))).toThrow(
			'causes.acquisition-costs-more: uses {lever}, which this cause does not carry (it carries: ratio)'
		);
	});

	it('refuses a sentence for a cause the engine never gives', () => {
		const { causes } = read('causes.json');
		causes['made-up'] = 'Không có.';
		expect(() => parseCauses({ causes }, file('causes.json'))).toThrow(
			'causes.made-up: is not a cause'
		);
	});

	it('names the file and field of other mistakes', () => {
		const levers = read('levers.json');
		delete levers.levers.brand.reminder;
		expect(check('levers.json', levers)).toThrow(
			'content/simulator/levers.json: levers.brand.reminder: is missing'
		);

		const debrief = read('debrief.json');
		debrief.scores.profit.text = '{money} lũy kế';
		expect(check('debrief.json', debrief)).toThrow(
			'debrief.json: scores.profit.text: may only use the gaps {profit}'
		);

		const guided = read('guided.json');
		guided.steps[1].levers.push('acquisition');
		expect(check('guided.json', guided)).toThrow('steps: every lever arrives in exactly one step');

		const policies = read('policies.json');
		delete policies.policies.balanced;
		expect(check('policies.json', policies)).toThrow('policies.balanced: is missing');

		expect(check('nothing.json', {})).toThrow('not a known simulator text file');
	});

	it('checks the whole folder: every file there and none missing', () => {
		const all = Object.fromEntries(
			SIMULATOR_FILES.map((name) => [`/content/simulator/${name}`, read(name)])
		);
		expect(() => checkSimulatorTexts(all)).not.toThrow();
		const { ['/content/simulator/vote.json']: _vote, ...rest } = all;
		expect(() => checkSimulatorTexts(rest)).toThrow('content/simulator/vote.json: is missing');
		const broken = {
			...all,
			'/content/simulator/debrief.json': { ...read('debrief.json'), evidence: '{x}' }
		};
		expect(() => checkSimulatorTexts(broken)).toThrow('content/simulator/debrief.json: evidence:');
	});
});
