import {
	CAUSE_VALUES,
	type Cause,
	type CauseCode,
	type CauseValueKind,
	type LeverId
} from '$lib/simulation/core';
import { formatDecimal } from '../../format/numbers';
import { CAUSE_TEXT } from './text/causes';
import { LEVERS } from './text/levers';
import { fill } from './text/template';

const show: Record<CauseValueKind, (value: number | string) => string> = {
	share: (x) => `${Math.round(Number(x) * 100)}%`,
	ratio: (x) => formatDecimal(Number(x), 1),
	lever: (id) => LEVERS[id as LeverId]?.label ?? String(id)
};

/**
 * The sentence for one of the engine's causes, e.g. "Kỳ vọng tăng sau đợt bán hàng ép
 * buộc: 38% khách hàng thất vọng (E > P)." from { code, values: { disappointed: 0.38 } }.
 */
export function causeText(cause: Pick<Cause, 'code' | 'values'>): string {
	const kinds: Record<string, CauseValueKind> = CAUSE_VALUES[cause.code as CauseCode];
	const values = Object.fromEntries(
		Object.entries(cause.values).map(([name, value]) => [
			name,
			kinds[name] ? show[kinds[name]](value) : String(value)
		])
	);
	return fill(CAUSE_TEXT[cause.code], values);
}
