import { LEVER_IDS, type LeverId } from '../core';

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

export const GUIDED_STEPS: readonly GuidedStep[] = [
	{
		from: 0,
		levers: ['acquisition', 'serviceQuality'],
		title: 'Giá, thu hút và giữ chân',
		lesson:
			'Bắt đầu với ba nút: mức giá, tiền thu hút khách mới và tiền cho dịch vụ lõi để giữ khách cũ. Hãy để ý: mỗi khách mới tốn gấp nhiều lần giữ một khách đang có.',
		ref: 'xay-dung-quan-he#thu-hut-va-giu-chan'
	},
	{
		from: 2,
		levers: ['staffTraining', 'complaints'],
		title: 'Dịch vụ và con người',
		lesson:
			'Nhân viên được đào tạo tạo ra giá trị nhân sự; xử lý phàn nàn tốt kéo khách thất vọng quay lại. Cả hai nâng cảm nhận P mà không cần giảm giá.',
		ref: 'xay-dung-quan-he#marketing-noi-bo'
	},
	{
		from: 4,
		levers: ['analytics'],
		title: 'Dữ liệu và phân tích',
		lesson:
			'Cơ sở dữ liệu khách hàng tự nó làm được ít. Nó nhân hiệu quả của dịch vụ và cá nhân hóa, và giúp chọn đúng khách mục tiêu.',
		ref: 'trien-khai-crm#phan-tich-du-lieu'
	},
	{
		from: 6,
		levers: ['personalization', 'loyalty', 'brand'],
		targeting: true,
		title: 'Cá nhân hóa, khách thân thiết và thương hiệu',
		lesson:
			'Giờ bạn có đủ công cụ: cá nhân hóa, chương trình khách thân thiết, thương hiệu và chọn nhóm khách mục tiêu. Chương trình thân thiết chủ yếu thưởng cho người vốn đã ở lại, nên đừng trông vào nó một mình.',
		ref: 'xay-dung-quan-he#nam-chien-luoc'
	}
];

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
