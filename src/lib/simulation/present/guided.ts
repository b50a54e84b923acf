import { LEVER_IDS, type LeverId } from '../core';
import { GUIDED_TEXT } from './text/guided';

/**
 * Guided play: the levers arrive a few at a time, each group with a two-sentence lesson
 * and the section that teaches it. Free play shows every lever from the start.
 */
export type GuidedStep = {
	/** The quarter (0 = before the first) from which these levers can be changed. */
	from: number;
	levers: LeverId[];
	/** Whether segment targeting opens with this step. */
	targeting?: boolean;
	title: string;
	lesson: string;
	ref: string;
};

/** The steps of guided play, from content/simulator/guided.json. */
export const GUIDED_STEPS: readonly GuidedStep[] = GUIDED_TEXT;

export type PlayMode = 'guided' | 'free';

/** The levers the learner can change at `quarter` (quarters played so far). */
export function openLevers(mode: PlayMode, quarter: number): Set<LeverId> {
	if (mode === 'free') return new Set(LEVER_IDS);
	return new Set(GUIDED_STEPS.filter((s) => s.from <= quarter).flatMap((s) => s.levers));
}

export function targetingOpen(mode: PlayMode, quarter: number): boolean {
	return mode === 'free' || GUIDED_STEPS.some((s) => s.targeting && s.from <= quarter);
}

/** The step whose levers arrive exactly at `quarter`, if any (to show its lesson). */
export function arrivingAt(mode: PlayMode, quarter: number): GuidedStep | undefined {
	return mode === 'guided' ? GUIDED_STEPS.find((s) => s.from === quarter) : undefined;
}
