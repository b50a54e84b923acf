import type { Question } from '$lib/quiz/core/bank';

/**
 * What a question made from a learner's run is, and how its id reads (van-<run>-001), in a
 * module of its own: /on-tap needs to tell these questions apart without loading the
 * generator (and with it the engine's texts).
 */
export type RunQuestion = Extract<Question, { type: 'single' }>;

/** Whether a question id is one made from a run (and not a bank question). */
export const isRunQuestion = (id: string) => /^van-[a-z0-9]+-\d{3}$/.test(id);
