import { describe, expect, it } from 'vitest';
import { parseContent } from '$lib/content/errors';
import raw from '../../../../content/widgets/stage-ladder.json';
import { StageLadderSchema } from './schema';

const FILE = 'content/widgets/stage-ladder.json';

describe('content/widgets/stage-ladder.json', () => {
	it('describes every stage of src/lib/crm/stages.ts', () => {
		expect(() => parseContent(StageLadderSchema, raw, FILE)).not.toThrow();
	});

	it('refuses a stage name that is not one of the stages', () => {
		const { 'Duy trì': kept, ...others } = raw.stages;
		const renamed = { ...raw, stages: { ...others, 'Giữ chân': kept } };
		expect(() => parseContent(StageLadderSchema, renamed, FILE)).toThrow(
			'content/widgets/stage-ladder.json: stages.Duy trì: is missing'
		);
	});

	it('refuses a sentence with a gap the widget does not fill', () => {
		const broken = { ...raw, exercise: { ...raw.exercise, someRight: 'Đúng {diem} vị trí.' } };
		expect(() => parseContent(StageLadderSchema, broken, FILE)).toThrow(
			'content/widgets/stage-ladder.json: exercise.someRight: must use the gaps {score}, {total}'
		);
	});
});
