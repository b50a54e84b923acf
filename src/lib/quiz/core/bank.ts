import * as v from 'valibot';
import { ContentError, parseContent } from '../../content/errors';

/** `content/quiz/03-gia-tri-va-su-thoa-man.json` → slug `gia-tri-va-su-thoa-man`. */
const BANK_FILE = /(?:^|\/)\d{2}-([a-z0-9-]+)\.json$/;
const REF = /^[a-z0-9-]+#[a-z0-9-]+$/;

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const common = {
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+-\d{3}$/, 'ids look like <chapter-slug>-001')),
	difficulty: v.picklist([1, 2, 3], 'difficulty is 1, 2 or 3'),
	ref: v.pipe(v.string(), v.regex(REF, 'ref looks like <chapter-slug>#<section-id>')),
	prompt: text('the prompt'),
	explanation: text('the explanation'),
	/** The id of a case in the bank's `cases`: the question is asked about that situation. */
	case: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'a case id is kebab-case'))),
	/** The learner must compute something to answer (numeric questions always do). */
	calculation: v.optional(v.literal(true, 'calculation is true or left out'))
};

const distinct = (items: string[]) =>
	new Set(items.map((s) => s.toLowerCase())).size === items.length;

const SingleSchema = v.strictObject({
	...common,
	type: v.literal('single'),
	options: v.pipe(
		v.array(text('each option')),
		v.length(4, 'a single-choice question has exactly 4 options'),
		v.check(distinct, 'the options must all differ')
	),
	answer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3, 'answer is an index 0–3'))
});

const MultipleSchema = v.pipe(
	v.strictObject({
		...common,
		type: v.literal('multiple'),
		options: v.pipe(
			v.array(text('each option')),
			v.minLength(4, 'a multiple-choice question has 4–6 options'),
			v.maxLength(6, 'a multiple-choice question has 4–6 options'),
			v.check(distinct, 'the options must all differ')
		),
		answer: v.pipe(
			v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
			v.minLength(2, 'a multiple-choice question has at least 2 right options'),
			v.check((a) => new Set(a).size === a.length, 'answer lists an option twice')
		)
	}),
	v.forward(
		v.check(
			(q) => q.answer.every((i) => i < q.options.length) && q.answer.length < q.options.length,
			'answer must be indices of some (not all) of the options'
		),
		['answer']
	)
);

const TrueFalseSchema = v.strictObject({
	...common,
	type: v.literal('truefalse'),
	answer: v.boolean('answer is true or false')
});

const NumericSchema = v.strictObject({
	...common,
	type: v.literal('numeric'),
	answer: v.pipe(v.number(), v.finite()),
	unit: text('the unit'),
	tolerance: v.pipe(v.number(), v.finite(), v.minValue(0, 'tolerance cannot be negative'))
});

const OrderingSchema = v.strictObject({
	...common,
	type: v.literal('ordering'),
	items: v.pipe(
		v.array(text('each item')),
		v.minLength(3, 'an ordering question has 3–7 items'),
		v.maxLength(7, 'an ordering question has 3–7 items'),
		v.check(distinct, 'the items must all differ')
	)
});

const MatchingSchema = v.strictObject({
	...common,
	type: v.literal('matching'),
	pairs: v.pipe(
		v.array(v.strictObject({ left: text('each left side'), right: text('each right side') })),
		v.minLength(3, 'a matching question has 3–6 pairs'),
		v.maxLength(6, 'a matching question has 3–6 pairs'),
		v.check(
			(pairs) => distinct(pairs.map((p) => p.left)) && distinct(pairs.map((p) => p.right)),
			'the left sides, and the right sides, must all differ'
		)
	)
});

export const QuestionSchema = v.variant(
	'type',
	[SingleSchema, MultipleSchema, TrueFalseSchema, NumericSchema, OrderingSchema, MatchingSchema],
	'type is one of single, multiple, truefalse, numeric, ordering, matching'
);

export const EssaySchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+-tl-\d+$/, 'essay ids look like <chapter-slug>-tl-1')),
	ref: v.pipe(v.string(), v.regex(REF, 'ref looks like <chapter-slug>#<section-id>')),
	prompt: text('the prompt'),
	outline: v.pipe(
		v.array(text('each outline point')),
		v.minLength(3, 'the model answer outline has 3–8 points'),
		v.maxLength(8, 'the model answer outline has 3–8 points')
	),
	rubric: v.pipe(
		v.array(
			v.strictObject({
				point: text('each rubric point'),
				weight: v.pipe(v.number(), v.minValue(0.25, 'a rubric weight is at least 0.25'))
			})
		),
		v.minLength(3, 'the rubric has 3–6 points'),
		v.maxLength(6, 'the rubric has 3–6 points'),
		v.check(
			(r) => Math.abs(r.reduce((sum, p) => sum + p.weight, 0) - 2) < 1e-9,
			'the rubric weights must add up to 2'
		)
	)
});

/** A short new situation that 2–4 questions of the bank ask about. */
const CaseSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'a case id is kebab-case')),
	title: text('the case title'),
	text: text('the case text')
});

export const BankSchema = v.strictObject({
	chapter: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
	cases: v.optional(v.array(CaseSchema), []),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'the bank has no questions')),
	essays: v.array(EssaySchema)
});

export type CaseText = v.InferOutput<typeof CaseSchema>;
/** A question as pages get it: with its case's text when it has one. */
export type Question = v.InferOutput<typeof QuestionSchema> & { context?: CaseText };
export type QuestionType = Question['type'];
export type Essay = v.InferOutput<typeof EssaySchema>;
export type Bank = Omit<v.InferOutput<typeof BankSchema>, 'questions'> & { questions: Question[] };

/** Case and calculation questions apply the chapter to something new. */
export const isCaseOrCalculation = (q: Question) =>
	q.case !== undefined || q.calculation === true || q.type === 'numeric';

/** How many questions each case may have. */
export const CASE_QUESTIONS = { min: 2, max: 4 } as const;

export const QUESTION_TYPES = [
	'single',
	'multiple',
	'truefalse',
	'numeric',
	'ordering',
	'matching'
] as const satisfies readonly QuestionType[];

/**
 * Validates one chapter's question bank: the schema, then what a schema cannot say
 * (the chapter matches the file name, ids are unique and belong to the chapter, refs
 * point into the chapter). Throws a ContentError naming the file and field.
 */
export function parseBank(input: unknown, file: string): Bank {
	const parsed = parseContent(BankSchema, input, file);
	const slug = BANK_FILE.exec(file)?.[1];
	if (!slug) throw new ContentError(file, undefined, 'bank files are named NN-chapter-slug.json');
	if (parsed.chapter !== slug)
		throw new ContentError(
			file,
			'chapter',
			`is "${parsed.chapter}" but the file name says "${slug}"`
		);
	const bank: Bank = { ...parsed, questions: withCases(parsed, file) };
	const seen = new Set<string>();
	const items: { id: string; ref: string }[] = [...bank.questions, ...bank.essays];
	items.forEach((item, i) => {
		const field =
			i < bank.questions.length ? `questions.${i}` : `essays.${i - bank.questions.length}`;
		if (seen.has(item.id))
			throw new ContentError(file, `${field}.id`, `"${item.id}" is used twice`);
		seen.add(item.id);
		if (!item.id.startsWith(`${slug}-`))
			throw new ContentError(file, `${field}.id`, `must start with "${slug}-"`);
		if (!item.ref.startsWith(`${slug}#`))
			throw new ContentError(file, `${field}.ref`, `must point into chapter "${slug}"`);
	});
	return bank;
}

/** Gives each case question its case's text; every case has 2–4 questions, every id a case. */
function withCases(bank: v.InferOutput<typeof BankSchema>, file: string): Question[] {
	const cases = new Map<string, CaseText>();
	bank.cases.forEach((c, i) => {
		if (cases.has(c.id)) throw new ContentError(file, `cases.${i}.id`, `"${c.id}" is used twice`);
		cases.set(c.id, c);
	});
	const uses = new Map<string, number>();
	const questions = bank.questions.map((q, i) => {
		if (q.case === undefined) return q;
		const context = cases.get(q.case);
		if (!context)
			throw new ContentError(file, `questions.${i}.case`, `no case "${q.case}" in cases`);
		uses.set(q.case, (uses.get(q.case) ?? 0) + 1);
		return { ...q, context };
	});
	bank.cases.forEach((c, i) => {
		const n = uses.get(c.id) ?? 0;
		if (n < CASE_QUESTIONS.min || n > CASE_QUESTIONS.max)
			throw new ContentError(
				file,
				`cases.${i}`,
				`case "${c.id}" has ${n} questions; a case has ${CASE_QUESTIONS.min}–${CASE_QUESTIONS.max}`
			);
	});
	return questions;
}
