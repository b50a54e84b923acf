/**
 * The seven relationship stages of chapter 4 (xay-dung-quan-he#bay-giai-doan), in time
 * order: the one list the stage ladder, the simulation's customers and its charts share.
 */
export const STAGES = [
	'Thu hút',
	'Thiết lập',
	'Tạo dựng',
	'Phát triển',
	'Duy trì',
	'Củng cố',
	'Trung thành'
] as const;

export type StageName = (typeof STAGES)[number];
