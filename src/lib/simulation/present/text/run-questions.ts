import * as v from 'valibot';
import { gaps } from './template';

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const ref = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a ref looks like <slug>#<section-id>')
);
/** A text whose gaps are all among `names`. */
const template = (...names: string[]) =>
	v.pipe(
		text,
		v.check(
			(t) => gaps(t).every((g) => names.includes(g)),
			names.length
				? `may only use the gaps ${names.map((n) => `{${n}}`).join(', ')}`
				: 'takes no {gaps}'
		)
	);
/** The four answers of a question about a measured number, from low to high or high to low. */
const fourBins = v.pipe(v.array(text), v.length(4, 'has exactly 4 options'));

/** content/simulator/run-questions.json: the questions made from a learner's own run. */
export const RunQuestionsSchema = v.strictObject({
	/** What the debrief says around the questions. */
	ui: v.strictObject({
		title: text,
		lead: text,
		blocked: text,
		full: text,
		newer: text,
		review: text,
		reveal: text,
		key: text,
		read: text
	}),
	context: template('scenario', 'seed'),
	retentionDrop: v.strictObject({
		prompt: template(),
		option: template('quarter'),
		explanation: template('quarter', 'before', 'after', 'cause'),
		noCause: template('quarter', 'before', 'after'),
		ref
	}),
	topSegment: v.strictObject({
		prompt: template(),
		none: text,
		explanation: template('segment', 'profit', 'second', 'secondProfit'),
		explanationNone: template('segment', 'profit'),
		ref
	}),
	equity: v.strictObject({
		prompt: template('quarters'),
		options: fourBins,
		explanation: template('before', 'from', 'after', 'to', 'change'),
		harvestSelling: text,
		harvestCut: text,
		steady: text,
		ref
	}),
	churnRatio: v.strictObject({
		prompt: template(),
		options: fourBins,
		explanation: template('dissatisfied', 'satisfied', 'ratio'),
		ref
	}),
	acquisitionRatio: v.strictObject({
		prompt: template(),
		options: fourBins,
		explanation: template('acquisition', 'retention', 'ratio'),
		ref
	})
});

export type RunQuestionTexts = v.InferOutput<typeof RunQuestionsSchema>;
