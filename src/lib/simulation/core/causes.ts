import type { QuarterReport } from './engine';
import { LEVERS, type LeverId } from './levers';

/** One reason for what changed this quarter, tied to the section that teaches it. */
export type Cause = { text: string; ref: string; weight: number };

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

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Picks the 2–4 main reasons behind a quarter's results, in the course's words.
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

	if (d.philosophy === 'selling') {
		candidates.push({
			text: `Kỳ vọng tăng sau đợt bán hàng ép buộc: ${pct(disappointed)} khách hàng thất vọng (E > P).`,
			ref: REF.kyVong,
			weight: 1 + disappointed
		});
	}
	if (report.churnDissatisfied > 0 && report.churnSatisfied > 0) {
		const ratio = report.churnDissatisfied / report.churnSatisfied;
		candidates.push({
			text: `Khách thất vọng rời đi nhiều gấp ${ratio.toFixed(1)} lần khách hài lòng (${pct(report.churnDissatisfied)} so với ${pct(report.churnSatisfied)}).`,
			ref: REF.suThoaMan,
			weight: 0.4 + disappointed
		});
	}
	if (share('analytics') > 0.4 && levels.personalization + levels.serviceQuality < 0.3) {
		candidates.push({
			text: 'Dữ liệu và phần mềm được đầu tư nhiều nhưng ít được dùng cho dịch vụ hay cá nhân hóa: công nghệ một mình tạo ra ít giá trị.',
			ref: REF.marketingDuLieu,
			weight: 1.2
		});
	}
	if (share('loyalty') > 0.4) {
		candidates.push({
			text: 'Chương trình khách hàng thân thiết chủ yếu thưởng cho những khách vốn đã ở lại; khách mới và khách thất vọng gần như không đổi ý.',
			ref: REF.dinhGiaQuanHe,
			weight: 1.1
		});
	}
	const acq = report.acquisitionCostPerNewCustomer;
	const ret = report.retentionCostPerKeptCustomer;
	if (acq && ret && acq > ret) {
		candidates.push({
			text: `Mỗi khách mới tốn khoảng ${(acq / ret).toFixed(1)} lần chi phí giữ một khách cũ trong quý.`,
			ref: REF.thuHutVaGiuChan,
			weight: 0.5 + Math.min(1, share('acquisition'))
		});
	}
	if (previous) {
		const change = report.satisfiedShare - previous.satisfiedShare;
		if (Math.abs(change) >= 0.03) {
			const top = (Object.keys(LEVERS) as LeverId[])
				.filter((l) => l !== 'acquisition')
				.sort(
					(x, y) =>
						d.spend[y] - previous.decisions.spend[y] - (d.spend[x] - previous.decisions.spend[x])
				)[0]!;
			candidates.push({
				text:
					change > 0
						? `Tỷ lệ khách hài lòng tăng ${pct(change)}: giá trị dành cho khách hàng tăng, rõ nhất nhờ "${LEVERS[top].label}".`
						: `Tỷ lệ khách hài lòng giảm ${pct(-change)}: giá trị dành cho khách hàng giảm so với kỳ vọng.`,
				ref: REF.giaTriDanhChoKhachHang,
				weight: 0.8 + Math.abs(change) * 5
			});
		}
		if (d.price > previous.decisions.price + 0.04) {
			candidates.push({
				text: 'Giá tăng làm tăng chi phí bằng tiền của khách, nên giá trị dành cho khách hàng giảm.',
				ref: REF.chiPhiKhachHang,
				weight: 1
			});
		}
	}
	if (share('staffTraining') >= 0.15) {
		candidates.push({
			text: 'Đào tạo nhân viên nâng giá trị nhân sự và niềm tin của khách.',
			ref: REF.marketingNoiBo,
			weight: 0.5
		});
	}
	candidates.push({
		text: `${pct(report.retentionRate)} khách hàng ở lại trong quý; giữ chân tốt làm giá trị vòng đời khách hàng tăng.`,
		ref: REF.giaTriVongDoi,
		weight: 0.3
	});
	candidates.push({
		text: `Tỷ lệ khách hài lòng là ${pct(report.satisfiedShare)}: nền móng của lòng trung thành.`,
		ref: REF.thoaManVaTrungThanh,
		weight: 0.2
	});
	return candidates.sort((x, y) => y.weight - x.weight).slice(0, 4);
}
