import { describe, expect, it } from 'vitest';
import { chapterSections, plainLine } from './chapter-text';

describe('plainLine', () => {
	it.each([
		['**Tổng giá trị** = giá trị sản phẩm', 'Tổng giá trị = giá trị sản phẩm'],
		['tiếp thị quan hệ (_relationship marketing_).', 'tiếp thị quan hệ (relationship marketing).'],
		['- **Lúc lựa chọn**: khách cân nhắc', 'Lúc lựa chọn: khách cân nhắc'],
		['2. **Tương lai**: xem [Chương 4](/chuong/x#y).', 'Tương lai: xem Chương 4.'],
		['| Giá trị sản phẩm | _product value_ |', 'Giá trị sản phẩm product value'],
		['> CRM là **chiến lược**', 'CRM là chiến lược'],
		['mã `RFM`   và  chỉ_số', 'mã RFM và chỉ_số']
	])('%j reads %j', (line, expected) => expect(plainLine(line)).toBe(expected));
});

const CHAPTER = `---
number: 3
slug: gia-tri
title: Giá trị
---

Mở đầu **ngắn**.

## Sự thỏa mãn của khách hàng {#su-thoa-man}

Thỏa mãn là so sánh E với P.

> **Ghi chú giảng viên:** Nhắc lại: E = P vẫn là hài lòng.
> Hỏi lớp thêm một ví dụ.

<Widget id="satisfaction" />

| Trường hợp | Kết quả |
| --- | :-: |
| E > P | không hài lòng |

### Hai trường hợp {#hai-truong-hop}

> Một trích dẫn thì vẫn đọc được.

## Tóm tắt {#tom-tat}
`;

describe('chapterSections', () => {
	it('cuts a chapter into its opening and its sections, as plain text', () => {
		expect(chapterSections(CHAPTER)).toEqual([
			{ id: null, depth: 1, title: '', text: 'Mở đầu ngắn.' },
			{
				id: 'su-thoa-man',
				depth: 2,
				title: 'Sự thỏa mãn của khách hàng',
				text: 'Thỏa mãn là so sánh E với P. Trường hợp Kết quả E > P không hài lòng'
			},
			{
				id: 'hai-truong-hop',
				depth: 3,
				title: 'Hai trường hợp',
				text: 'Một trích dẫn thì vẫn đọc được.'
			},
			{ id: 'tom-tat', depth: 2, title: 'Tóm tắt', text: '' }
		]);
	});

	it('has no opening section when the text starts with a heading', () => {
		const sections = chapterSections('---\nnumber: 1\n---\n## Một {#mot}\nChữ.');
		expect(sections.map((s) => s.id)).toEqual(['mot']);
	});

	it('gives text in NFC, whatever the source used', () => {
		const [opening] = chapterSections('tho\u0309a ma\u0303n');
		expect(opening?.text).toBe('thỏa mãn');
	});
});
