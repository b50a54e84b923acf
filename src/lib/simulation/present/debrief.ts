import { CAUSE_REFS as REF, LEVER_IDS, type QuarterReport } from '$lib/simulation/core';
import { count, money } from '../../format/money';

/**
 * The end-of-game debrief: four scores, the lessons the engine's causes add up to (in the
 * course's terms, each linked to its section), and how the run compares with the
 * built-in balanced programme on the same seed.
 */

export type Score = { id: string; label: string; value: number; text: string; explain: string };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** 0–100: how customer-centred the decisions were (philosophy and where the money went). */
export function customerCentricity(history: readonly QuarterReport[]): number {
	if (!history.length) return 0;
	const philosophy = mean(
		history.map((r) =>
			r.decisions.philosophy === 'marketing' || r.decisions.philosophy === 'societal' ? 1 : 0
		)
	);
	const spent = history.flatMap((r) => LEVER_IDS.map((l) => r.decisions.spend[l]));
	const total = spent.reduce((a, b) => a + b, 0) || 1;
	const keeping =
		history.reduce(
			(sum, r) =>
				sum +
				LEVER_IDS.filter((l) => l !== 'acquisition').reduce((s, l) => s + r.decisions.spend[l], 0),
			0
		) / total;
	return Math.round(50 * philosophy + 50 * Math.min(1, keeping / 0.7));
}

export function scores(
	history: readonly QuarterReport[],
	balanced?: readonly QuarterReport[]
): Score[] {
	const last = history.at(-1);
	const profit = last?.cumulativeProfit ?? 0;
	const reference = balanced?.at(-1)?.cumulativeProfit;
	const retention = mean(history.map((r) => r.retentionRate));
	const satisfied = mean(history.map((r) => r.satisfiedShare));
	const centred = customerCentricity(history);
	return [
		{
			id: 'profit',
			label: 'Lợi nhuận',
			value:
				reference && reference > 0
					? Math.max(0, Math.min(100, Math.round((profit / reference) * 50)))
					: profit > 0
						? 60
						: 20,
			text: `${money(profit)} lũy kế`,
			explain:
				reference !== undefined
					? `Chương trình cân bằng đạt ${money(reference)} trên cùng hạt giống (50 điểm = bằng chương trình cân bằng).`
					: 'Lợi nhuận lũy kế sau quý cuối.'
		},
		{
			id: 'retention',
			label: 'Giữ chân',
			value: Math.round(retention * 100),
			text: `${pct(retention)} mỗi quý`,
			explain: 'Tỉ lệ giữ chân trung bình của các quý.'
		},
		{
			id: 'satisfaction',
			label: 'Sự thỏa mãn',
			value: Math.round(satisfied * 100),
			text: `${pct(satisfied)} khách hài lòng`,
			explain: 'Tỉ lệ khách có E ≤ P, trung bình các quý.'
		},
		{
			id: 'centricity',
			label: 'Lấy khách hàng làm trung tâm',
			value: centred,
			text: `${centred}/100`,
			explain:
				'Một nửa từ triết lý (marketing hoặc marketing đạo đức xã hội), một nửa từ phần ngân sách dành cho giữ và phục vụ khách hàng.'
		}
	];
}

/** What each section's causes teach, in the course's words. */
const LESSON_BY_REF: Record<string, string> = {
	[REF.kyVong]:
		'Hứa nhiều để bán được hàng làm kỳ vọng E tăng nhanh hơn cảm nhận P: khách thất vọng và rời đi. Quan điểm bán hàng không hợp với CRM chiến lược.',
	[REF.suThoaMan]:
		'Sự thỏa mãn quyết định ai ở lại: khách thất vọng (E > P) rời đi nhiều hơn hẳn khách hài lòng.',
	[REF.marketingDuLieu]:
		'Công nghệ và dữ liệu chỉ tạo ra giá trị khi được dùng để phục vụ và cá nhân hóa: CRM không phải là chuyện công nghệ thông tin.',
	[REF.dinhGiaQuanHe]:
		'Chương trình khách hàng thân thiết đơn lẻ mua được lượt quay lại nhưng không tạo ra gắn bó thật nếu giá trị cốt lõi không tăng.',
	[REF.chiPhiKhachHang]:
		'Giá và các chi phí phi tiền tệ (thời gian, công sức, tinh thần) cùng quyết định tổng chi phí của khách hàng.',
	[REF.giaTriDanhChoKhachHang]:
		'Khách chọn và ở lại nơi cho họ giá trị dành cho khách hàng (tổng giá trị − tổng chi phí) cao nhất.',
	[REF.thoaManVaTrungThanh]:
		'Khách hài lòng lâu dài đi lên các giai đoạn quan hệ: chi tiêu nhiều hơn, tốn ít chi phí phục vụ hơn và giới thiệu người khác.',
	[REF.giaTriVongDoi]:
		'Giá trị vòng đời (CLV) tăng mạnh khi tỉ lệ giữ chân tăng: giữ khách lâu hơn đáng giá hơn thu hút thêm khách.',
	[REF.marketingNoiBo]:
		'Nhân viên được đào tạo là người mang giá trị nhân sự đến khách hàng: marketing nội bộ đi trước marketing ra bên ngoài.',
	[REF.thuHutVaGiuChan]:
		'Thu hút một khách mới tốn gấp nhiều lần giữ một khách cũ: chỉ đổ tiền vào thu hút làm lợi nhuận rò rỉ qua khách rời đi.'
};

export type Lesson = { ref: string; lesson: string; evidence: string; quarters: number };

/** The 3–6 lessons with the most weight across the run's causes. */
export function lessons(history: readonly QuarterReport[], max = 6): Lesson[] {
	const byRef = new Map<string, { weight: number; quarters: number; evidence: string }>();
	for (const report of history) {
		for (const cause of report.causes) {
			const entry = byRef.get(cause.ref) ?? { weight: 0, quarters: 0, evidence: '' };
			entry.weight += cause.weight;
			entry.quarters += 1;
			entry.evidence = `Quý ${report.quarter}: ${cause.text}`;
			byRef.set(cause.ref, entry);
		}
	}
	const ranked = [...byRef]
		.sort((a, b) => b[1].weight - a[1].weight)
		.map(([ref, e]) => ({
			ref,
			lesson: LESSON_BY_REF[ref] ?? e.evidence,
			evidence: e.evidence,
			quarters: e.quarters
		}));
	// Always at least three: fill with the course's core lessons when the run was quiet.
	for (const ref of [REF.giaTriDanhChoKhachHang, REF.suThoaMan, REF.thuHutVaGiuChan]) {
		if (ranked.length >= 3) break;
		if (!ranked.some((l) => l.ref === ref))
			ranked.push({ ref, lesson: LESSON_BY_REF[ref]!, evidence: '', quarters: 0 });
	}
	return ranked.slice(0, max);
}

export type Comparison = { label: string; mine: string; balanced: string; better: boolean | null };

/** Mine against the balanced programme, quarter for quarter on the same seed. */
export function compareRuns(
	mine: readonly QuarterReport[],
	other: readonly QuarterReport[]
): Comparison[] {
	const rows: [string, (h: readonly QuarterReport[]) => number, (x: number) => string][] = [
		['Lợi nhuận lũy kế', (h) => h.at(-1)?.cumulativeProfit ?? 0, money],
		['Khách hàng cuối kỳ', (h) => h.at(-1)?.customers ?? 0, (x) => count(Math.round(x))],
		['Doanh thu lũy kế', (h) => h.reduce((s, r) => s + r.revenue, 0), money],
		['Giữ chân trung bình', (h) => mean(h.map((r) => r.retentionRate)), pct],
		['Khách hài lòng trung bình', (h) => mean(h.map((r) => r.satisfiedShare)), pct],
		['CLV cuối kỳ', (h) => h.at(-1)?.clv ?? 0, money]
	];
	return rows.map(([label, measure, show]) => {
		const a = measure(mine);
		const b = measure(other);
		return { label, mine: show(a), balanced: show(b), better: a === b ? null : a > b };
	});
}
