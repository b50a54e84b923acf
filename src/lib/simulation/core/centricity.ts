import type { LeverId } from './levers';
import type { QuarterReport } from './report';

/** The levers whose money reaches what customers experience (service, people, offer). */
const EXPERIENCE: LeverId[] = ['serviceQuality', 'staffTraining', 'personalization', 'complaints'];
/** Shares of the budget and of customers at which a part of the score is full. */
const FULL = { used: 0.9, experience: 0.45, satisfied: 0.8 };

/**
 * 0–100: how customer-centred a run was, from what was really spent and delivered, four
 * parts of 25 each: a customer-centred philosophy (marketing or societal), the share of the
 * budget used, the share of the budget spent on what customers experience (service, staff,
 * personalization, complaints), and the share of customers satisfied. Averaged over the
 * quarters; a run that leaves most of its budget unspent, or spends nothing on service,
 * cannot score high.
 */
export function customerCentricity(history: readonly QuarterReport[]): number {
	if (!history.length) return 0;
	let parts = 0;
	for (const r of history) {
		const d = r.decisions;
		const budget = r.budget || 1;
		const spent = Object.values(d.spend).reduce((a, b) => a + b, 0);
		const experience = EXPERIENCE.reduce((sum, l) => sum + d.spend[l], 0);
		const centred = d.philosophy === 'marketing' || d.philosophy === 'societal' ? 1 : 0;
		parts +=
			centred +
			Math.min(1, spent / budget / FULL.used) +
			Math.min(1, experience / budget / FULL.experience) +
			Math.min(1, r.satisfiedShare / FULL.satisfied);
	}
	return Math.round((25 * parts) / history.length);
}
