/** The site's sections, as the header and the home page list them. */
export type SiteSection = {
	href: string;
	label: string;
	/** Who the section is for and what it offers, shown on the home page. */
	blurb: string;
};

export const SITE_NAME = 'CRM Lab';

export const sections: readonly SiteSection[] = [
	{
		href: '/chuong',
		label: 'Học',
		blurb: 'Đọc các chương của môn Quản trị quan hệ khách hàng, có ví dụ và câu hỏi ôn tập.'
	},
	{
		href: '/mo-phong',
		label: 'Mô phỏng',
		blurb:
			'Điều hành chương trình CRM của một doanh nghiệp ảo qua từng quý và xem khách hàng phản ứng.'
	},
	{
		href: '/luyen-tap',
		label: 'Luyện tập',
		blurb: 'Trắc nghiệm theo chương, phản hồi ngay kèm giải thích; câu sai quay lại để ôn.'
	},
	{
		href: '/thi-thu',
		label: 'Thi thử',
		blurb:
			'Đề cuối kỳ đầy đủ: 40 câu trắc nghiệm trong 60 phút và hai câu tự luận, chấm trên thang 10.'
	},
	{
		href: '/on-tap',
		label: 'Ôn tập',
		blurb:
			'Các câu đã làm sai quay lại theo lịch lặp lại ngắt quãng, bao nhiêu câu mỗi ngày do bạn chọn.'
	},
	{
		href: '/tien-do',
		label: 'Tiến độ',
		blurb: 'Mức nắm vững từng chương, lịch sử thi thử; xuất và nhập tiến độ sang máy khác.'
	},
	{
		href: '/thuat-ngu',
		label: 'Thuật ngữ',
		blurb: 'Tra nhanh một thuật ngữ: tên tiếng Anh, định nghĩa ngắn và mục dạy nó.'
	}
];
