/**
 * The seven relationship stages of chapter 4 (xay-dung-quan-he#bay-giai-doan), what the
 * firm does at each, and the ordering exercise.
 */

export type Stage = { name: string; firm: string; example: string };

export const STAGES: readonly Stage[] = [
	{
		name: 'Thu hút',
		firm: 'Làm khách tiềm năng biết đến và muốn thử.',
		example: 'Bền Bỉ phát phiếu tập thử 7 ngày ở các tòa văn phòng gần đó.'
	},
	{
		name: 'Thiết lập',
		firm: 'Làm giao dịch đầu tiên thật suôn sẻ và ghi nhận nhu cầu của khách.',
		example: 'Đăng ký gói một tháng trong mười phút; ghi lại mục tiêu và giờ tập quen.'
	},
	{
		name: 'Tạo dựng',
		firm: 'Giữ đúng lời hứa trong những lần đầu để gây niềm tin.',
		example: 'Đo chỉ số miễn phí, lên lịch tập riêng, nhắn hỏi thăm sau tuần thứ hai.'
	},
	{
		name: 'Phát triển',
		firm: 'Mở rộng quan hệ: khách mua nhiều hơn, dùng thêm dịch vụ.',
		example: 'Khách chuyển sang gói sáu tháng, mua thêm buổi huấn luyện riêng và lớp yoga.'
	},
	{
		name: 'Duy trì',
		firm: 'Giữ chất lượng ổn định, chăm sóc đều đặn, xử lý sự cố nhanh.',
		example: 'Vòi sen hỏng được sửa trong ngày, kèm lời xin lỗi và ba ngày tập cộng thêm.'
	},
	{
		name: 'Củng cố',
		firm: 'Thắt chặt gắn bó bằng ưu đãi, cá nhân hóa và ràng buộc xã hội.',
		example: 'Lên hạng thành viên vàng, được giữ giá khi gia hạn, có bạn trong nhóm chạy bộ.'
	},
	{
		name: 'Trung thành',
		firm: 'Khách chủ động chọn doanh nghiệp và giới thiệu người khác.',
		example: 'Gia hạn một năm không so giá, rủ em gái và hai đồng nghiệp đến tập.'
	}
];

/** The exercise's starting order: a fixed shuffle, so every learner (and test) sees the same. */
export const SHUFFLED: readonly number[] = [3, 0, 5, 1, 6, 2, 4];

/** Moves the item at `index` one place up (−1) or down (+1); out-of-range moves change nothing. */
export function move(order: readonly number[], index: number, by: -1 | 1): number[] {
	const target = index + by;
	const next = [...order];
	if (index < 0 || index >= order.length || target < 0 || target >= order.length) return next;
	[next[index], next[target]] = [next[target]!, next[index]!];
	return next;
}

/** Which positions hold the right stage, and how many. */
export function checkOrder(order: readonly number[]): { correct: boolean[]; score: number } {
	const correct = order.map((stage, position) => stage === position);
	return { correct, score: correct.filter(Boolean).length };
}
