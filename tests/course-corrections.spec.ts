import { expect, test, type Page } from './support/fixtures';

/**
 * The text a reader sees in one section of a built chapter page: the heading with the id and
 * everything after it up to the next heading of the same or a higher level. Glossary
 * popovers are left out, so a definition cannot stand in for the chapter's own words.
 */
async function section(page: Page, id: string) {
	return page.evaluate((id) => {
		const heading = document.getElementById(id);
		if (!heading || !/^H[23]$/.test(heading.tagName)) return null;
		const level = Number(heading.tagName[1]);
		const visible = (el: Element) => {
			const copy = el.cloneNode(true) as Element;
			copy.querySelectorAll('.term-popover').forEach((p) => p.remove());
			return copy.textContent ?? '';
		};
		let text = visible(heading);
		const tables: string[] = [];
		for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
			const h = /^H([1-6])$/.exec(el.tagName);
			if (h && Number(h[1]) <= level) break;
			text += '\n' + visible(el);
			const found = el.tagName === 'TABLE' ? [el] : [...el.querySelectorAll('table')];
			tables.push(...found.map(visible));
		}
		return { text: text.replace(/\s+/g, ' '), tables: tables.map((t) => t.replace(/\s+/g, ' ')) };
	}, id);
}

test('chapter 1: CRM 2.0 is social CRM in the wider literature, SaaS is a deployment model', async ({
	page
}) => {
	await page.goto('/chuong/tong-quan-crm');
	const crm = await section(page, 'crm-1-va-2');
	expect(crm, 'section #crm-1-va-2').not.toBeNull();
	// The lecture notes' usage is kept and said to be theirs.
	expect(crm!.text).toMatch(/theo cách gọi của bài giảng/i);
	// The mainstream meaning: social CRM, customers taking part, two-way conversation.
	const social = await section(page, 'crm-xa-hoi');
	expect(social, 'section #crm-xa-hoi').not.toBeNull();
	expect(social!.text).toContain('CRM xã hội');
	expect(social!.text).toContain('social CRM');
	expect(social!.text).toMatch(/hai chiều/i);
	expect(social!.text).toMatch(/mạng xã hội/);
	// SaaS / cloud is a deployment model either generation can use.
	expect(social!.text).toMatch(
		/SaaS hay đám mây là một mô hình triển khai, thế hệ nào cũng dùng được/
	);
	expect(crm!.text).toContain('on-demand CRM');
	expect(crm!.text).toContain('cloud CRM');
});

test("chapter 2: the four misconceptions are the lecture notes', Buttle & Maklan's list stands beside them", async ({
	page
}) => {
	await page.goto('/chuong/triet-ly-va-cac-loai-crm');
	const myths = await section(page, 'ngo-nhan');
	expect(myths, 'section #ngo-nhan').not.toBeNull();
	expect(myths!.text).toContain('Ghi chép bài giảng của môn học nêu bốn');
	expect(myths!.text).not.toMatch(/theo Buttle & Maklan\) nêu bốn/);
	const table = myths!.tables.find((t) => t.includes('Buttle & Maklan'));
	expect(table, 'a table comparing the two lists').toBeDefined();
	for (const item of [
		'CRM is database marketing',
		'CRM is a marketing process',
		'CRM is an IT issue',
		'CRM is about loyalty schemes',
		'CRM can be implemented by any organisation'
	]) {
		expect(table).toContain(item);
	}
	expect(table).toContain('Trùng');
});

test('chapter 2 and the glossary: "marketing myopia" is Levitt\'s term, not Kotler\'s', async ({
	page
}) => {
	await page.goto('/chuong/triet-ly-va-cac-loai-crm');
	const product = await section(page, 'hoan-thien-san-pham');
	expect(product, 'section #hoan-thien-san-pham').not.toBeNull();
	expect(product!.text).toContain('marketing myopia');
	expect(product!.text).toMatch(/thuật ngữ của Theodore Levitt/);
	expect(product!.text).toContain('1960');
	expect(product!.text).not.toMatch(/Kotler gọi căn bệnh này/);

	await page.goto('/thuat-ngu');
	const entry = page.locator('#thien-can-trong-marketing');
	await expect(entry).toContainText('Theodore Levitt');
});
