/**
 * The four CRM types of chapter 2 (triet-ly-va-cac-loai-crm#cac-loai-crm) and the sorting
 * exercise: which type is each activity?
 */

export type CrmType = 'strategic' | 'operational' | 'analytical' | 'collaborative';

const CHAPTER = 'triet-ly-va-cac-loai-crm';

export const CRM_TYPES: readonly { id: CrmType; label: string; gist: string; ref: string }[] = [
	{
		id: 'strategic',
		label: 'CRM chiến lược',
		gist: 'Văn hóa lấy khách hàng làm trung tâm; chọn, giữ và phát triển khách hàng có lợi nhuận.',
		ref: `${CHAPTER}#crm-chien-luoc`
	},
	{
		id: 'operational',
		label: 'CRM tác nghiệp',
		gist: 'Tự động hóa các quy trình tiếp xúc khách hàng: bán hàng, marketing, dịch vụ.',
		ref: `${CHAPTER}#crm-tac-nghiep`
	},
	{
		id: 'analytical',
		label: 'CRM phân tích',
		gist: 'Thu thập, xử lý và khai thác dữ liệu khách hàng để ra quyết định.',
		ref: `${CHAPTER}#crm-phan-tich`
	},
	{
		id: 'collaborative',
		label: 'CRM cộng tác',
		gist: 'Dùng chung dữ liệu và quy trình với đối tác bên ngoài doanh nghiệp để cùng phục vụ khách.',
		ref: `${CHAPTER}#crm-cong-tac`
	}
];

export type Activity = { id: string; text: string; answer: CrmType; why: string };

export const ACTIVITIES: readonly Activity[] = [
	{
		id: 'van-hoa',
		text: 'Ban giám đốc đưa "lấy khách hàng làm trung tâm" vào văn hóa công ty và chọn nhóm khách có lợi nhuận để tập trung giữ chân.',
		answer: 'strategic',
		why: 'Đây là quyết định chiến lược về văn hóa và khách hàng mục tiêu, chưa phải công cụ.'
	},
	{
		id: 'kpi',
		text: 'Mọi phòng ban được đánh giá bằng tỉ lệ giữ chân và mức hài lòng của khách hàng, không chỉ bằng doanh số.',
		answer: 'strategic',
		why: 'Định hướng cả tổ chức quanh giá trị khách hàng là phần việc của CRM chiến lược.'
	},
	{
		id: 'sfa',
		text: 'Phần mềm tự chia khách hàng tiềm năng cho nhân viên bán hàng và nhắc lịch gọi lại.',
		answer: 'operational',
		why: 'Tự động hóa lực lượng bán hàng (sales force automation) thuộc CRM tác nghiệp.'
	},
	{
		id: 'sinh-nhat',
		text: 'Hệ thống tự gửi email chúc mừng sinh nhật kèm ưu đãi đúng ngày sinh của từng khách.',
		answer: 'operational',
		why: 'Tự động hóa marketing (marketing automation) thuộc CRM tác nghiệp.'
	},
	{
		id: 'phieu-ho-tro',
		text: 'Tổng đài ghi nhận phàn nàn thành phiếu hỗ trợ và theo dõi đến khi xử lý xong.',
		answer: 'operational',
		why: 'Tự động hóa dịch vụ (service automation) thuộc CRM tác nghiệp.'
	},
	{
		id: 'roi-bo',
		text: 'Phân tích lịch sử giao dịch để tìm những khách có nguy cơ rời bỏ trong quý tới.',
		answer: 'analytical',
		why: 'Khai thác dữ liệu khách hàng để dự báo là việc của CRM phân tích.'
	},
	{
		id: 'rfm',
		text: 'Chấm điểm RFM và ước tính giá trị vòng đời cho từng khách hàng.',
		answer: 'analytical',
		why: 'Xử lý dữ liệu để phân đoạn và định giá khách hàng thuộc CRM phân tích.'
	},
	{
		id: 'nha-phan-phoi',
		text: 'Nhà sản xuất và các nhà phân phối dùng chung một cổng thông tin về đơn hàng và tồn kho để giao hàng cho khách đúng hẹn.',
		answer: 'collaborative',
		why: 'Chia sẻ dữ liệu và quy trình vượt ra ngoài ranh giới doanh nghiệp là CRM cộng tác.'
	},
	{
		id: 'bao-hiem',
		text: 'Ngân hàng và công ty bảo hiểm đối tác cùng xem một hồ sơ khách hàng để tư vấn trọn gói.',
		answer: 'collaborative',
		why: 'Hai doanh nghiệp phối hợp phục vụ cùng một khách hàng: CRM cộng tác.'
	}
];

export const typeLabel = (id: CrmType) => CRM_TYPES.find((t) => t.id === id)!.label;
