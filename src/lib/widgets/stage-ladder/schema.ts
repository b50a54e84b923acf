/**
 * content/widgets/stage-ladder.json: what the firm does at each relationship stage, keyed by
 * the stage names of src/lib/crm/stages.ts (a missing or extra stage is refused), and the
 * words of the ordering exercise.
 */
import * as v from 'valibot';
import { STAGES } from '$lib/crm/stages';
import { keyed, template, text } from '../shared/schema';

export const StageLadderSchema = v.strictObject({
	intro: text,
	detail: v.strictObject({ heading: template(['number', 'stage']), firm: text, example: text }),
	stages: keyed(STAGES, v.strictObject({ firm: text, example: text })),
	exercise: v.strictObject({
		title: text,
		hint: text,
		up: text,
		down: text,
		upLabel: template(['stage']),
		downLabel: template(['stage']),
		inPlace: text,
		outOfPlace: text,
		check: text,
		reset: text,
		allRight: text,
		someRight: template(['score', 'total'])
	})
});

export type StageLadderText = v.InferOutput<typeof StageLadderSchema>;
