import type { Question } from '$lib/quiz/core/bank';
import { isCorrect, type Response } from '$lib/quiz/core/grade';
import { present } from '$lib/quiz/core/shuffle';

/** One run through a practice set: answer, check (instant feedback), next. */
export class PracticeSession {
	readonly questions: Question[];
	readonly seed: number;
	index = $state(0);
	response = $state<Response | undefined>(undefined);
	revealed = $state(false);
	results = $state<boolean[]>([]);

	constructor(questions: Question[], seed: number) {
		this.questions = questions;
		this.seed = seed;
	}

	get current(): Question | undefined {
		return this.questions[this.index];
	}
	get order(): number[] {
		return this.current ? present(this.current, this.seed).order : [];
	}
	get finished() {
		return this.index >= this.questions.length;
	}
	get correctCount() {
		return this.results.filter(Boolean).length;
	}
	get lastCorrect() {
		return this.results[this.index] ?? false;
	}

	/** An ordering question starts answered: its items as shown. */
	get canCheck() {
		return !this.revealed && (this.response !== undefined || this.current?.type === 'ordering');
	}

	/** Checks the current answer; returns whether it was right, or null if nothing to check. */
	check(): boolean | null {
		const q = this.current;
		if (!q || !this.canCheck) return null;
		if (!this.response && q.type === 'ordering')
			this.response = { type: 'ordering', order: this.order };
		const right = isCorrect(q, this.response);
		this.results[this.index] = right;
		this.revealed = true;
		return right;
	}

	next() {
		if (!this.revealed) return;
		this.index++;
		this.response = undefined;
		this.revealed = false;
	}
}
