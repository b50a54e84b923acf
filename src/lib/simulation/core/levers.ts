/**
 * What the learner decides each quarter, with the Vietnamese words the UI shows and the
 * chapter section that teaches each idea (`slug#section-id`, see docs/authoring.md).
 */

export const LEVER_IDS = [
	'acquisition',
	'serviceQuality',
	'staffTraining',
	'personalization',
	'loyalty',
	'analytics',
	'complaints',
	'brand'
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

export const PHILOSOPHY_IDS = [
	'production',
	'product',
	'selling',
	'marketing',
	'societal'
] as const;
export type PhilosophyId = (typeof PHILOSOPHY_IDS)[number];

export type Described = { label: string; reminder: string; ref: string };

export const LEVERS: Record<LeverId, Described> = {
	acquisition: {
		label: 'Thu hút khách mới',
		reminder:
			'Quảng cáo, thư trực tiếp: đem khách mới về, nhưng mỗi khách mới đắt gấp nhiều lần giữ khách cũ.',
		ref: 'xay-dung-quan-he#thu-hut-va-giu-chan'
	},
	serviceQuality: {
		label: 'Chất lượng dịch vụ lõi',
		reminder: 'Nâng giá trị dịch vụ và giảm chi phí thời gian của khách.',
		ref: 'xay-dung-quan-he#dich-vu-loi'
	},
	staffTraining: {
		label: 'Đào tạo nhân viên, marketing nội bộ',
		reminder: 'Nhân viên giỏi và tận tâm tạo ra giá trị nhân sự và niềm tin.',
		ref: 'xay-dung-quan-he#marketing-noi-bo'
	},
	personalization: {
		label: 'Cá nhân hóa',
		reminder: 'Đúng thứ khách cần, đúng lúc: hiệu quả hơn nhiều khi có dữ liệu tốt.',
		ref: 'xay-dung-quan-he#ca-nhan-hoa-quan-he'
	},
	loyalty: {
		label: 'Khách hàng thân thiết, định giá quan hệ',
		reminder: 'Ưu đãi cho khách quen: chủ yếu thưởng cho người vốn đã ở lại.',
		ref: 'xay-dung-quan-he#dinh-gia-quan-he'
	},
	analytics: {
		label: 'Cơ sở dữ liệu và phân tích',
		reminder:
			'Tự nó làm được ít; nó nhân hiệu quả của cá nhân hóa, dịch vụ và chọn khách mục tiêu.',
		ref: 'xay-dung-quan-he#marketing-du-lieu'
	},
	complaints: {
		label: 'Xử lý phàn nàn',
		reminder: 'Giảm chi phí tinh thần, kéo khách thất vọng quay lại.',
		ref: 'gia-tri-va-su-thoa-man#xu-ly-phan-nan'
	},
	brand: {
		label: 'Thương hiệu và trách nhiệm xã hội',
		reminder: 'Nâng giá trị hình ảnh; chậm nhưng bền.',
		ref: 'gia-tri-va-su-thoa-man#gia-tri-hinh-anh'
	}
};

export const PHILOSOPHIES: Record<PhilosophyId, Described> = {
	production: {
		label: 'Hoàn thiện sản xuất',
		reminder: 'Làm nhiều, bán rẻ, bán rộng: dễ thành "của rẻ là của ôi".',
		ref: 'triet-ly-va-cac-loai-crm#hoan-thien-san-xuat'
	},
	product: {
		label: 'Hoàn thiện sản phẩm',
		reminder: 'Làm sản phẩm tốt nhất, ít hỏi khách cần gì: giá cao, dễ lệch nhu cầu.',
		ref: 'triet-ly-va-cac-loai-crm#hoan-thien-san-pham'
	},
	selling: {
		label: 'Bán hàng',
		reminder:
			'Đẩy khách mua bằng khuyến mãi, chào mời: doanh số lên ngay, kỳ vọng và rời bỏ lên sau.',
		ref: 'triet-ly-va-cac-loai-crm#ban-hang'
	},
	marketing: {
		label: 'Marketing',
		reminder: 'Tìm hiểu và đáp ứng nhu cầu khách tốt hơn đối thủ: hợp với CRM chiến lược.',
		ref: 'triet-ly-va-cac-loai-crm#marketing'
	},
	societal: {
		label: 'Marketing đạo đức xã hội',
		reminder: 'Đáp ứng khách hàng và giữ lợi ích lâu dài của xã hội: hợp với CRM chiến lược.',
		ref: 'triet-ly-va-cac-loai-crm#marketing-dao-duc-xa-hoi'
	}
};

export { STAGES } from '$lib/crm/stages';
