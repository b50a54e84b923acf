import { STAGES, type QuarterReport } from '$lib/simulation/core';
import { formatDecimal, formatPercent as pct } from '$lib/format/numbers';
import type { GameView } from '../core/protocol';
import { CHART_TEXT as T } from './text/charts';
import { METRICS } from './text/metrics';
import { fill } from './text/template';
import { firmValueOf } from './firm-value';

const inMillions = (metric: string) => fill(T.inMillions, { metric });
const inThousands = (metric: string) => fill(T.inThousands, { metric });

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
	/** The titles of the horizontal and vertical axes, with their units. */
	axes: { x: string; y: string };
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
		title: T.stages.title,
		summary: T.stages.summary,
		labels,
		series,
		table: tableOf(T.quarter, labels, series),
		axes: { x: T.axes.quarter, y: T.axes.customers }
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
		title: T.flow.title,
		summary: T.flow.summary,
		labels,
		series,
		table: tableOf(T.quarter, labels, series),
		axes: { x: T.axes.quarter, y: T.axes.customers }
	};
}

export function moneyChart(history: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(history);
	const series: Series[] = [
		{
			label: inMillions(METRICS.revenue),
			data: history.map((r) => millions(r.revenue)),
			tone: 'accent'
		},
		{ label: inMillions(METRICS.cost), data: history.map((r) => millions(r.cost)), tone: 'danger' },
		{
			label: inMillions(METRICS.profit),
			data: history.map((r) => millions(r.profit)),
			tone: 'warn'
		}
	];
	return {
		id: 'tien',
		title: T.money.title,
		summary: T.money.summary,
		labels,
		series,
		table: tableOf(T.quarter, labels, series),
		axes: { x: T.axes.quarter, y: T.axes.millions }
	};
}

const GAP_LABELS = ['≤ −6', '−5', '−4', '−3', '−2', '−1', '0', '1', '2', '3', '4', '5', '≥ 6'];

/** The P − E distribution of one quarter: left of 0 disappointed, 0 and right satisfied. */
export function satisfactionChart(report: QuarterReport): ChartSpec {
	const total = report.gapHistogram.reduce((a, b) => a + b, 0) || 1;
	const shares = report.gapHistogram.map((n) => Math.round((n / total) * 1000) / 10);
	return {
		id: 'thoa-man',
		title: fill(T.satisfaction.title, { quarter: report.quarter }),
		summary: fill(T.satisfaction.summary, { quarter: report.quarter }),
		labels: GAP_LABELS,
		series: [{ label: T.satisfaction.series, data: shares, tone: 'accent' }],
		axes: { x: T.axes.gap, y: T.axes.customerShare },
		table: {
			columns: [T.satisfaction.gap, T.satisfaction.share, T.satisfaction.feeling],
			rows: GAP_LABELS.map((label, i) => [
				label,
				`${fmt(shares[i] ?? 0)}%`,
				i < 6 ? T.satisfaction.disappointed : T.satisfaction.satisfied
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
		title: T.concentration.title,
		summary: fill(T.concentration.summary, { top20: pct(view.concentration.top20) }),
		labels,
		axes: { x: T.axes.bestCustomers, y: T.axes.profitShare },
		series: [
			{
				label: T.concentration.series,
				data: points.map((p) => Math.round(p.y * 1000) / 10),
				tone: 'accent'
			}
		],
		table: {
			columns: [T.concentration.customers, T.concentration.profit],
			rows: points.map((p) => [pct(p.x), pct(p.y)])
		}
	};
}

export function costChart(history: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(history);
	const series: Series[] = [
		{
			label: inThousands(METRICS.acquisitionCost),
			data: history.map((r) => Math.round(r.acquisitionCostPerNewCustomer ?? 0)),
			tone: 'danger'
		},
		{
			label: inThousands(METRICS.retentionCost),
			data: history.map((r) => Math.round(r.retentionCostPerKeptCustomer ?? 0)),
			tone: 'accent'
		}
	];
	return {
		id: 'chi-phi',
		title: T.cost.title,
		summary: T.cost.summary,
		labels,
		series,
		table: tableOf(T.quarter, labels, series),
		axes: { x: T.axes.quarter, y: T.axes.thousandsPerCustomer }
	};
}

/** The next quarters projected with the decisions being edited. */
export function previewChart(preview: readonly QuarterReport[]): ChartSpec {
	const labels = quarterLabels(preview);
	const series: Series[] = [
		{
			label: inMillions(METRICS.profit),
			data: preview.map((r) => millions(r.profit)),
			tone: 'warn'
		},
		{
			label: inMillions(METRICS.firmValue),
			data: preview.map((r) => millions(firmValueOf(r))),
			tone: 'accent'
		}
	];
	return {
		id: 'du-bao',
		title: fill(T.preview.title, { quarters: preview.length }),
		summary: T.preview.summary,
		labels,
		series,
		axes: { x: T.axes.quarter, y: T.axes.millions },
		table: {
			...tableOf(T.quarter, labels, series),
			columns: [T.quarter, METRICS.customers, ...series.map((s) => s.label)],
			rows: preview.map((r, i) => [
				labels[i]!,
				fmt(r.customers),
				...series.map((s) => fmt(s.data[i] ?? 0))
			])
		}
	};
}
