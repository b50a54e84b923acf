/** The four misconceptions about CRM of chapter 2 (triet-ly-va-cac-loai-crm#ngo-nhan). */

const CHAPTER = 'triet-ly-va-cac-loai-crm';

export type Myth = { id: string; myth: string; english: string; reality: string; ref: string };

export const MYTHS: readonly Myth[] = [
	{
		id: 'ban-hang',
		myth: 'CRM chỉ là làm cho đội bán hàng hiệu quả hơn.',
		english: 'CRM is about making sales teams more effective and efficient',
		reality:
			'Tự động hóa bán hàng chỉ là một phần của CRM tác nghiệp. CRM còn trải ra marketing, dịch vụ và trên hết là chiến lược lấy khách hàng làm trung tâm của cả doanh nghiệp.',
		ref: `${CHAPTER}#ngo-nhan-ban-hang`
	},
	{
		id: 'marketing-du-lieu',
		myth: 'CRM chỉ là tên mới của marketing dựa trên cơ sở dữ liệu.',
		english: 'CRM is a new term for database marketing',
		reality:
			'Marketing cơ sở dữ liệu dùng dữ liệu để nhắm thông điệp; CRM dùng dữ liệu ở mọi điểm tiếp xúc (bán hàng, dịch vụ, đối tác) và đặt nó dưới một chiến lược về giá trị cho khách hàng.',
		ref: `${CHAPTER}#ngo-nhan-marketing-du-lieu`
	},
	{
		id: 'khach-hang-than-thiet',
		myth: 'CRM chính là chương trình khách hàng thân thiết.',
		english: 'CRM is about loyalty schemes',
		reality:
			'Thẻ tích điểm chỉ là một công cụ, dễ bị đối thủ bắt chước và có thể chỉ "mua" lượt quay lại. Lòng trung thành thật đến từ giá trị, sự thỏa mãn và niềm tin mà cả chương trình CRM tạo ra.',
		ref: `${CHAPTER}#ngo-nhan-khach-hang-than-thiet`
	},
	{
		id: 'cong-nghe',
		myth: 'CRM là chuyện của phòng công nghệ thông tin: mua phần mềm là xong.',
		english: 'CRM is an IT issue',
		reality:
			'Công nghệ chỉ hỗ trợ. Không có chiến lược rõ ràng, quy trình phù hợp và con người sẵn sàng dùng dữ liệu, phần mềm CRM đắt tiền cũng không tạo ra quan hệ có lợi nhuận.',
		ref: `${CHAPTER}#ngo-nhan-cong-nghe`
	}
];
