import type { QuarterReport } from '../core';
import { money, percent, signed } from '../../format/money';
import { firmValueOf } from './firm-value';
import { SCREENS } from './text/screens';
import { fill } from './text/template';

/** What a played quarter comes to, for the bar under the thumb and for screen readers. */
export type Turn = {
	quarter: number;
	/** The change in firm value since the quarter before ("+12,3 triệu đ"), or null in the first. */
	change: string | null;
	/** The sentence announced after the quarter. */
	said: string;
};

export function turnOf(history: readonly QuarterReport[], lesson?: string): Turn | null {
	const now = history.at(-1);
	if (!now) return null;
	const before = history.at(-2);
	const value = firmValueOf(now);
	const delta = before ? value - firmValueOf(before) : null;
	const change = delta === null ? null : signed(money(Math.abs(delta)), delta);
	const values = {
		quarter: now.quarter,
		firmValue: money(value),
		change: change ?? '',
		profit: money(now.profit),
		retention: percent(now.retentionRate)
	};
	const result = fill(change ? SCREENS.turn.result : SCREENS.turn.firstResult, values);
	const said = lesson ? `${result} ${fill(SCREENS.turn.newLesson, { title: lesson })}` : result;
	return { quarter: now.quarter, change, said };
}
