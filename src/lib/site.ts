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
		blurb: 'Đọc năm chương của môn Quản trị quan hệ khách hàng, có ví dụ và câu hỏi ôn tập.'
	},
	{
		href: '/mo-phong',
		label: 'Mô phỏng',
		blurb:
			'Điều hành chương trình CRM của một doanh nghiệp ảo qua từng quý và xem khách hàng phản ứng.'
	},
	{
		href: '/thuat-ngu',
		label: 'Thuật ngữ',
		blurb: 'Tra nhanh một thuật ngữ: tên tiếng Anh, định nghĩa ngắn và mục dạy nó.'
	}
];
