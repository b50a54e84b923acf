import { isCaseOrCalculation, type Bank, type Question } from './bank';

/**
 * Words that make an option sound wrong (or right) whatever the question: a test-wise
 * student learns to avoid options that say "always" or "never" when only distractors do.
 */
export const ABSOLUTE_WORDS = [
	'luôn',
	'chỉ cần',
	'không bao giờ',
	'duy nhất',
	'hoàn toàn'
] as const;

/** The figures a bank is held to (see docs/authoring.md, "No answer cues"). */
export const BANK_TARGETS = {
	/** Share of single-choice items whose key is the strictly longest option, at most. */
	keyLongestShare: 0.35,
	/** Share of difficulty-3 items (application, not recall), at least. */
	hardShare: 0.2,
	/** Share of case or calculation items, at least. */
	caseOrCalculationShare: 0.15
} as const;

export type BankStats = {
	questions: number;
	byType: Record<string, number>;
	byDifficulty: Record<'1' | '2' | '3', number>;
	hardShare: number;
	caseOrCalculationShare: number;
	singles: number;
	/** Single-choice items whose key is strictly the longest option, as a share of singles. */
	keyLongestShare: number;
	/** How often the key is option A, B, C, D. */
	keyPositions: [number, number, number, number];
	/** Items where an absolute word appears in distractors but never in the key. */
	absoluteOnlyInDistractors: string[];
	essays: number;
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** True when the key is longer than every distractor (by characters). */
export function keyIsLongest(q: Extract<Question, { type: 'single' }>): boolean {
	const key = q.options[q.answer]!.length;
	return q.options.every((option, i) => i === q.answer || option.length < key);
}

/** Any absolute word standing as a word of its own, not inside a longer one. */
const ABSOLUTE = new RegExp(`(^|[^\\p{L}])(${ABSOLUTE_WORDS.join('|')})($|[^\\p{L}])`, 'u');
const hasAbsolute = (text: string) => ABSOLUTE.test(text.toLowerCase());

/**
 * Figures that show whether a bank tests understanding rather than cues.
 * @example bankStats(bank).keyLongestShare // 0.3 → the key is the longest option in 30% of singles
 */
export function bankStats(bank: Bank): BankStats {
	const byType: Record<string, number> = {};
	const byDifficulty = { '1': 0, '2': 0, '3': 0 };
	const keyPositions: [number, number, number, number] = [0, 0, 0, 0];
	const absoluteOnlyInDistractors: string[] = [];
	let longest = 0;
	let singles = 0;
	for (const q of bank.questions) {
		byType[q.type] = (byType[q.type] ?? 0) + 1;
		byDifficulty[String(q.difficulty) as '1' | '2' | '3']++;
		if (q.type !== 'single' && q.type !== 'multiple') continue;
		const keys = q.type === 'single' ? [q.answer] : q.answer;
		const inKey = keys.some((i) => hasAbsolute(q.options[i]!));
		const inDistractor = q.options.some((o, i) => !keys.includes(i) && hasAbsolute(o));
		if (inDistractor && !inKey) absoluteOnlyInDistractors.push(q.id);
		if (q.type !== 'single') continue;
		singles++;
		keyPositions[q.answer as 0 | 1 | 2 | 3]++;
		if (keyIsLongest(q)) longest++;
	}
	const n = bank.questions.length || 1;
	return {
		questions: bank.questions.length,
		byType,
		byDifficulty,
		hardShare: round3(byDifficulty['3'] / n),
		caseOrCalculationShare: round3(bank.questions.filter(isCaseOrCalculation).length / n),
		singles,
		keyLongestShare: round3(singles ? longest / singles : 0),
		keyPositions,
		absoluteOnlyInDistractors,
		essays: bank.essays.length
	};
}

/**
 * What keeps a bank from its targets, one sentence per problem, naming the figure:
 * content:check lists them as problems.
 */
export function bankProblems(file: string, stats: BankStats): string[] {
	const problems: string[] = [];
	const t = BANK_TARGETS;
	if (stats.keyLongestShare > t.keyLongestShare)
		problems.push(
			`${file}: the key is the longest option in ${stats.keyLongestShare} of single-choice items (at most ${t.keyLongestShare})`
		);
	if (stats.hardShare < t.hardShare)
		problems.push(
			`${file}: ${stats.hardShare} of items are difficulty 3 (at least ${t.hardShare})`
		);
	if (stats.caseOrCalculationShare < t.caseOrCalculationShare)
		problems.push(
			`${file}: ${stats.caseOrCalculationShare} of items are case or calculation items (at least ${t.caseOrCalculationShare})`
		);
	for (const id of stats.absoluteOnlyInDistractors)
		problems.push(
			`${file}: ${id}: an absolute word (${ABSOLUTE_WORDS.join(', ')}) appears only in distractors`
		);
	return problems;
}
