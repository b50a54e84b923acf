import { STAGES, type QuarterReport } from '$lib/simulation/core';
import { formatDecimal, formatPercent as pct } from '$lib/format/numbers';
import type { GameView } from '../core/protocol';
import { METRICS } from './text/metrics';

/**
 * The dashboard's charts as plain data: the series to draw and the same numbers as a
 * table ("Xem bảng số liệu"). Money is in thousand đồng in the engine and in triệu đồng
 * here, as people read it.
 */
export type Series = {
	label: string;
	data: number[];
	tone: 'accent' | 'danger' | 'warn' | 'muted';
};
export type ChartSpec = {
	id: string;
	title: string;
	/** A sentence for screen readers: what the chart shows. */
	summary: string;
	labels: string[];
	series: Series[];
	table: { columns: string[]; rows: (string | number)[][] };
};

const fmt = (x: number) => formatDecimal(x, 1);
const millions = (thousands: number) => Math.round(thousands / 100) / 10;
const quarterLabels = (h: readonly QuarterReport[]) => h.map((r) => `Q${r.quarter}`);

function tableOf(first: string, labels: string[], series: Series[], show = fmt) {
	return {
		columns: [first, ...series.map((s) => s.label)],
		rows: labels.map((label, i) => [label, ...series.map((s) => show(s.data[i] ?? 0))])
	};
}

export function stageChart(history: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(history);
	const tones: Series['tone'][] = ['muted', 'muted', 'warn', 'warn', 'accent', 'accent', 'accent'];
	const series = STAGES.map((name, s) => ({
		label: name,
		data: history.map((r) => r.byStage[s] ?? 0),
		tone: tones[s]!
	}));
	return {
		id: 'giai-doan',
		title: 'Khách hàng theo giai đoạn quan hệ',
		summary: 'Biểu đồ miền chồng: số khách ở mỗi giai đoạn trong bảy giai đoạn, theo quý.',
		labels,
		series,
		table: tableOf('Quý', labels, series)
	};
}

export function flowChart(history: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(history);
	const series: Series[] = [
		{ label: METRICS.acquired, data: history.map((r) => r.acquired), tone: 'accent' },
		{ label: METRICS.lost, data: history.map((r) => r.lost), tone: 'danger' }
	];
	return {
		id: 'vao-ra',
		title: 'Khách mới và khách rời đi',
		summary: 'Biểu đồ cột: số khách mới và số khách rời đi mỗi quý.',
		labels,
		series,
		table: tableOf('Quý', labels, series)
	};
}

export function moneyChart(history: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(history);
	const series: Series[] = [
		{ label: 'Doanh thu (triệu đ)', data: history.map((r) => millions(r.revenue)), tone: 'accent' },
		{ label: 'Chi phí (triệu đ)', data: history.map((r) => millions(r.cost)), tone: 'danger' },
		{ label: 'Lợi nhuận (triệu đ)', data: history.map((r) => millions(r.profit)), tone: 'warn' }
	];
	return {
		id: 'tien',
		title: 'Doanh thu, chi phí, lợi nhuận',
		summary: 'Biểu đồ đường: doanh thu, chi phí và lợi nhuận mỗi quý, triệu đồng.',
		labels,
		series,
		table: tableOf('Quý', labels, series)
	};
}

const GAP_LABELS = ['≤ −6', '−5', '−4', '−3', '−2', '−1', '0', '1', '2', '3', '4', '5', '≥ 6'];

/** The P − E distribution of one quarter: left of 0 disappointed, 0 and right satisfied. */
export function satisfactionChart(report: QuarterReport): ChartSpec {
	const total = report.gapHistogram.reduce((a, b) => a + b, 0) || 1;
	const shares = report.gapHistogram.map((n) => Math.round((n / total) * 1000) / 10);
	return {
		id: 'thoa-man',
		title: `Phân bố P − E, quý ${report.quarter}`,
		summary: `Biểu đồ cột: tỷ lệ khách theo chênh lệch cảm nhận P trừ kỳ vọng E trong quý ${report.quarter}; bên trái 0 là khách thất vọng.`,
		labels: GAP_LABELS,
		series: [{ label: 'Tỷ lệ khách (%)', data: shares, tone: 'accent' }],
		table: {
			columns: ['P − E', 'Tỷ lệ khách', 'Cảm xúc'],
			rows: GAP_LABELS.map((label, i) => [
				label,
				`${fmt(shares[i] ?? 0)}%`,
				i < 6 ? 'Thất vọng (E > P)' : 'Hài lòng (E ≤ P)'
			])
		}
	};
}

/** Share of profit against share of customers, best customers first. */
export function concentrationChart(view: GameView): ChartSpec {
	const points = view.concentration.curve;
	const labels = points.map((p) => pct(p.x));
	return {
		id: 'tap-trung',
		title: 'Mức tập trung lợi nhuận',
		summary: `Đường cong: phần lợi nhuận tích lũy theo phần khách hàng, khách tốt nhất trước; 20% khách tốt nhất mang lại ${pct(view.concentration.top20)} lợi nhuận.`,
		labels,
		series: [
			{
				label: 'Phần lợi nhuận (%)',
				data: points.map((p) => Math.round(p.y * 1000) / 10),
				tone: 'accent'
			}
		],
		table: {
			columns: ['Phần khách hàng (tốt nhất trước)', 'Phần lợi nhuận tích lũy'],
			rows: points.map((p) => [pct(p.x), pct(p.y)])
		}
	};
}

export function costChart(history: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(history);
	const series: Series[] = [
		{
			label: 'Chi phí thu hút một khách mới (nghìn đ)',
			data: history.map((r) => Math.round(r.acquisitionCostPerNewCustomer ?? 0)),
			tone: 'danger'
		},
		{
			label: 'Chi phí giữ một khách (nghìn đ)',
			data: history.map((r) => Math.round(r.retentionCostPerKeptCustomer ?? 0)),
			tone: 'accent'
		}
	];
	return {
		id: 'chi-phi',
		title: 'Thu hút so với giữ chân',
		summary:
			'Biểu đồ đường: chi phí thu hút một khách mới và chi phí giữ một khách mỗi quý, nghìn đồng.',
		labels,
		series,
		table: tableOf('Quý', labels, series)
	};
}

/** The next quarters projected with the decisions being edited. */
export function previewChart(preview: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(preview);
	const series: Series[] = [
		{
			label: `${METRICS.profit} (triệu đ)`,
			data: preview.map((r) => millions(r.profit)),
			tone: 'warn'
		},
		{
			label: `${METRICS.cumulativeProfit} (triệu đ)`,
			data: preview.map((r) => millions(r.cumulativeProfit)),
			tone: 'accent'
		}
	];
	return {
		id: 'du-bao',
		title: `Dự báo ${preview.length} quý tới nếu giữ quyết định này`,
		summary: 'Biểu đồ đường: lợi nhuận mỗi quý và lợi nhuận lũy kế dự báo, triệu đồng.',
		labels,
		series,
		table: {
			...tableOf('Quý', labels, series),
			columns: ['Quý', METRICS.customers, ...series.map((s) => s.label)],
			rows: preview.map((r, i) => [
				labels[i]!,
				fmt(r.customers),
				...series.map((s) => fmt(s.data[i] ?? 0))
			])
		}
	};
}
