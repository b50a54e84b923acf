import type { QuarterReport } from './engine';
import { LEVER_IDS, type LeverId } from './levers';

/**
 * What kind of number each value of a cause is, so that the sentence can show it:
 * a share (0…1, shown as a percentage), a ratio (shown with one decimal) or a lever id.
 */
export type CauseValueKind = 'share' | 'ratio' | 'lever';

/** Every cause the engine can give, with the values it carries. */
export const CAUSE_VALUES = {
	'hard-selling-raised-expectations': { disappointed: 'share' },
	'dissatisfied-churn-more': {
		ratio: 'ratio',
		dissatisfiedChurn: 'share',
		satisfiedChurn: 'share'
	},
	'technology-alone': {},
	'loyalty-rewards-stayers': {},
	'acquisition-costs-more': { ratio: 'ratio' },
	'satisfaction-rose': { change: 'share', lever: 'lever' },
	'satisfaction-rose-steady': { change: 'share' },
	'equity-fell': { drop: 'share' },
	'satisfaction-fell': { drop: 'share' },
	'price-raised-cost': {},
	'staff-training-trust': {},
	'retention-builds-clv': { retention: 'share' },
	'satisfaction-foundation': { satisfied: 'share' }
} as const satisfies Record<string, Record<string, CauseValueKind>>;

export type CauseCode = keyof typeof CAUSE_VALUES;
export const CAUSE_CODES = Object.keys(CAUSE_VALUES) as CauseCode[];

/**
 * One reason for what changed this quarter, tied to the section that teaches it.
 * `present/causes.ts` turns it into a sentence.
 */
export type Cause = {
	code: CauseCode;
	ref: string;
	weight: number;
	values: Record<string, number | LeverId>;
};

/** The sections the causes point to (content:check makes sure each one exists). */
export const REF = {
	chiPhiKhachHang: 'gia-tri-va-su-thoa-man#chi-phi-khach-hang',
	giaTriDanhChoKhachHang: 'gia-tri-va-su-thoa-man#gia-tri-danh-cho-khach-hang',
	kyVong: 'gia-tri-va-su-thoa-man#ky-vong',
	suThoaMan: 'gia-tri-va-su-thoa-man#su-thoa-man',
	thoaManVaTrungThanh: 'gia-tri-va-su-thoa-man#thoa-man-va-trung-thanh',
	dinhGiaQuanHe: 'xay-dung-quan-he#dinh-gia-quan-he',
	giaTriVongDoi: 'xay-dung-quan-he#gia-tri-vong-doi',
	marketingDuLieu: 'xay-dung-quan-he#marketing-du-lieu',
	marketingNoiBo: 'xay-dung-quan-he#marketing-noi-bo',
	thuHutVaGiuChan: 'xay-dung-quan-he#thu-hut-va-giu-chan'
} as const;

/**
 * Picks the 2–4 main reasons behind a quarter's results.
 * `levels` are the levers' effect levels this quarter (0…1).
 */
export function explainQuarter(
	report: QuarterReport,
	previous: QuarterReport | undefined,
	levels: Record<LeverId, number>
): Cause[] {
	const d = report.decisions;
	const budget = Object.values(d.spend).reduce((a, b) => a + b, 0) || 1;
	const share = (l: LeverId) => d.spend[l] / budget;
	const disappointed = 1 - report.satisfiedShare;
	const candidates: Cause[] = [];
	const add = (code: CauseCode, ref: string, weight: number, values: Cause['values'] = {}) =>
		candidates.push({ code, ref, weight, values });

	if (d.philosophy === 'selling') {
		add('hard-selling-raised-expectations', REF.kyVong, 1 + disappointed, { disappointed });
	}
	if (report.churnDissatisfied > 0 && report.churnSatisfied > 0) {
		add('dissatisfied-churn-more', REF.suThoaMan, 0.4 + disappointed, {
			ratio: report.churnDissatisfied / report.churnSatisfied,
			dissatisfiedChurn: report.churnDissatisfied,
			satisfiedChurn: report.churnSatisfied
		});
	}
	if (share('analytics') > 0.4 && levels.personalization + levels.serviceQuality < 0.3) {
		add('technology-alone', REF.marketingDuLieu, 1.2);
	}
	if (share('loyalty') > 0.4) {
		add('loyalty-rewards-stayers', REF.dinhGiaQuanHe, 1.1);
	}
	const acq = report.acquisitionCostPerNewCustomer;
	const ret = report.retentionCostPerKeptCustomer;
	if (acq && ret && acq > ret) {
		add('acquisition-costs-more', REF.thuHutVaGiuChan, 0.5 + Math.min(1, share('acquisition')), {
			ratio: acq / ret
		});
	}
	if (previous) {
		const change = report.satisfiedShare - previous.satisfiedShare;
		if (Math.abs(change) >= 0.03) {
			const weight = 0.8 + Math.abs(change) * 5;
			if (change > 0) {
				// Credit a lever only when its spending rose; with the same decisions the rise
				// comes from trust and relationships built up over the quarters.
				const rise = (l: LeverId) => d.spend[l] - previous.decisions.spend[l];
				const lever = LEVER_IDS.filter((l) => l !== 'acquisition' && rise(l) > 0).sort(
					(x, y) => rise(y) - rise(x)
				)[0];
				if (lever) add('satisfaction-rose', REF.giaTriDanhChoKhachHang, weight, { change, lever });
				else add('satisfaction-rose-steady', REF.giaTriDanhChoKhachHang, weight, { change });
			} else add('satisfaction-fell', REF.giaTriDanhChoKhachHang, weight, { drop: -change });
		}
		// Customer equity falling while the quarter's profit rises: the base is being harvested.
		const equityDrop = 1 - report.customerEquity / previous.customerEquity;
		if (previous.customerEquity > 0 && equityDrop >= 0.03 && report.profit > previous.profit) {
			add('equity-fell', REF.giaTriVongDoi, 1.3 + equityDrop * 5, { drop: equityDrop });
		}
		if (d.price > previous.decisions.price + 0.04) {
			add('price-raised-cost', REF.chiPhiKhachHang, 1);
		}
	}
	if (share('staffTraining') >= 0.15) {
		add('staff-training-trust', REF.marketingNoiBo, 0.5);
	}
	add('retention-builds-clv', REF.giaTriVongDoi, 0.3, { retention: report.retentionRate });
	add('satisfaction-foundation', REF.thoaManVaTrungThanh, 0.2, {
		satisfied: report.satisfiedShare
	});
	return candidates.sort((x, y) => y.weight - x.weight).slice(0, 4);
}
