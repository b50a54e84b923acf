import { expect, test, type Page } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const GAME = '/mo-phong/ca-phe';
const quarterStatus = (page: Page) => page.locator('.status strong');
const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);

async function openGame(page: Page) {
	await page.goto(GAME);
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
}

async function runQuarter(page: Page, expected: number) {
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(quarterStatus(page)).toHaveText(`Quý ${expected}/16`);
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
}

test('every chart has its data table', async ({ page }) => {
	await openGame(page);
	await runQuarter(page, 1);
	await runQuarter(page, 2);
	const cards = page.locator('.chart-card');
	await expect(cards).toHaveCount(7); // six dashboard charts and the preview
	for (const card of await cards.all()) {
		await expect(card.getByRole('img')).toBeVisible();
		await card.getByText('Xem bảng số liệu').click();
		await expect(card.getByRole('table')).toBeVisible();
		expect(await card.getByRole('row').count()).toBeGreaterThan(1);
	}
	const stages = page.locator('.chart-card', { hasText: 'Khách hàng theo giai đoạn quan hệ' });
	await expect(stages.getByRole('columnheader', { name: 'Trung thành' })).toBeVisible();
	await expect(stages.getByRole('rowheader', { name: 'Q2' })).toBeVisible();
});

test('a customer’s story can be followed quarter by quarter', async ({ page }) => {
	await openGame(page);
	await runQuarter(page, 1);
	await runQuarter(page, 2);
	const story = page.getByRole('region', { name: 'Câu chuyện của một khách hàng' });
	// Followed through both quarters, unless the customer left in the first.
	await expect(async () => {
		const rows = await story.getByRole('rowheader').count();
		const left = await story.getByText(/Rời đi/).count();
		expect(rows === 2 || (rows === 1 && left === 1)).toBe(true);
	}).toPass();
	const before = await story.getByRole('caption').textContent();
	await story.getByRole('button', { name: 'Chọn ngẫu nhiên' }).click();
	await expect(story.getByRole('caption')).not.toHaveText(before ?? '');
	await expect(story.getByRole('cell', { name: /Hài lòng|Thất vọng/ }).first()).toBeVisible();
});

test('branch from quarter 2, keep the original, and compare the two', async ({ page }) => {
	await openGame(page);
	for (let q = 1; q <= 4; q++) await runQuarter(page, q);
	const runs = page.getByRole('region', { name: 'Lượt chơi, rẽ nhánh và so sánh' });
	await runs.getByLabel('Rẽ nhánh: giữ các quý đến hết quý').selectOption('2');
	await runs.getByRole('button', { name: 'Rẽ nhánh' }).click();
	await expect(quarterStatus(page)).toHaveText('Quý 2/16');

	await page.getByRole('radio', { name: /Bán hàng/ }).check();
	await runQuarter(page, 3);
	await runQuarter(page, 4);

	const active = runs.getByLabel('Lượt đang chơi');
	await expect(active.locator('option')).toHaveCount(2);
	const original = await active.locator('option').first().getAttribute('value');
	await runs.getByLabel('với').selectOption(original!);
	await runs.getByRole('button', { name: 'So sánh' }).click();
	const table = runs.getByRole('table');
	await expect(table).toContainText('cùng mã ván chơi');
	const profit = table.getByRole('row', { name: /Lợi nhuận lũy kế/ }).getByRole('cell');
	await expect(profit).toHaveCount(2);
	const [mine, theirs] = await profit.allTextContents();
	expect(mine).not.toBe(theirs);

	// The original is still there, four quarters long.
	await active.selectOption(original!);
	await expect(quarterStatus(page)).toHaveText('Quý 4/16');
});

test('the end of the game is an event: the debrief, one grade, and what to do next', async ({
	page
}) => {
	await openGame(page);
	await page.getByRole('button', { name: 'Tự chạy đến hết' }).click();
	await expect(quarterStatus(page)).toHaveText('Quý 16/16', { timeout: 20_000 });
	const debrief = page.getByRole('region', { name: /Tổng kết/ });
	await expect(debrief.getByRole('heading', { level: 2 })).toBeFocused();
	const over = page.getByRole('region', { name: 'Ván đã kết thúc' });
	for (const name of ['Chơi lại cùng mã ván', 'Chơi ván mới', 'Chia sẻ'])
		await expect(over.getByRole('button', { name })).toBeVisible();
	await expect(over.getByRole('link', { name: 'So sánh với chiến lược khác' })).toBeVisible();
	await expect(page.getByRole('slider')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /Công cụ mới/ })).toHaveCount(0);

	await expect(debrief.locator('[data-grade]')).toHaveText(/^(Xuất sắc|Tốt|Đạt|Chưa đạt)$/);
	await expect(debrief.locator('[data-grade]')).toHaveCount(1);
	const firmValue = debrief.locator('[data-debrief="firm-value"]');
	await expect(firmValue).toHaveText(/triệu đ$/);
	await expect(kpi(page, 'firm-value')).toHaveText((await firmValue.textContent()) ?? '');
	for (const label of ['Lợi nhuận', 'Giữ chân', 'Sự thỏa mãn', 'Lấy khách hàng làm trung tâm'])
		await expect(debrief.locator('.scores')).toContainText(label);
	const table = debrief.getByRole('table');
	await expect(table.getByRole('row').nth(1)).toContainText('Giá trị doanh nghiệp cuối kỳ');
	await expect(table).toContainText('Lợi nhuận lũy kế');
	const lessons = debrief.locator('.lessons li');
	expect(await lessons.count()).toBeGreaterThanOrEqual(3);
	expect(await lessons.count()).toBeLessThanOrEqual(6);
	const hrefs = await debrief
		.locator('.lessons')
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	// every lesson links to its section, and each link resolves
	expect(hrefs.length).toBe(await lessons.count());
	for (const href of hrefs) {
		const [path, id] = href.split('#');
		const response = await page.request.get(path!);
		expect(response.status(), href).toBe(200);
		expect(await response.text(), href).toContain(`id="${id}"`);
	}

	// Compare with the strong customer-centric programme, firm value first.
	await over.getByRole('link', { name: 'So sánh với chiến lược khác' }).click();
	const runs = page.getByRole('region', { name: 'Lượt chơi, rẽ nhánh và so sánh' });
	await runs.getByLabel('với').selectOption({ label: 'Lấy khách hàng làm trung tâm' });
	await runs.getByRole('button', { name: 'So sánh' }).click();
	const versus = runs.getByRole('table');
	await expect(versus).toContainText('so với Lấy khách hàng làm trung tâm');
	await expect(versus.getByRole('row').nth(1)).toContainText('Giá trị doanh nghiệp cuối kỳ');

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.decisions')).toBeHidden();
	await expect(debrief).toBeVisible();
});

test('a phone has the controls at the thumb, KPI cards two a row, and the projector mode fits', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openGame(page);
	const run = page.getByRole('button', { name: 'Chạy quý' });
	await expect(run).toBeInViewport();
	await runQuarter(page, 1);
	const box = await run.boundingBox();
	expect(box!.y + box!.height).toBeGreaterThan(740 - 80);
	await expect(page.locator('.controls')).toContainText('Quý 1/16');
	const cards = page.locator('.kpis li');
	const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
	expect(second!.y).toBe(first!.y);
	expect(second!.x).toBeGreaterThan(first!.x);

	await expect(page.getByRole('button', { name: 'Hoàn tác quý vừa chơi' })).toBeHidden();
	await page.getByRole('button', { name: 'Thêm' }).click();
	await page.getByRole('button', { name: 'Trình chiếu trên lớp' }).click();
	await expect(page.getByRole('button', { name: 'Trình chiếu trên lớp' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectNoAxeViolations(page);
});

test('projector mode: no site header, the vote beside Chạy quý, charts in large site type with axis titles; off brings it all back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${GAME}?trinh-chieu=1`);
	const run = page.getByRole('button', { name: 'Chạy quý' });
	await expect(run).toBeEnabled();
	const toggle = page.getByRole('button', { name: 'Trình chiếu trên lớp' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.site-header')).toBeHidden();
	const vote = page.getByRole('region', { name: 'Bình chọn cả lớp' });
	const [button, beside] = [await run.boundingBox(), await vote.boundingBox()];
	expect(beside!.x).toBeGreaterThan(button!.x + button!.width);
	expect(beside!.y).toBeLessThan(button!.y + button!.height);

	await runQuarter(page, 1);
	const charts = page.locator('.chart-card [data-drawn]');
	await expect(charts).toHaveCount(7);
	for (const chart of await charts.all()) {
		await chart.scrollIntoViewIfNeeded();
		await expect(chart).not.toHaveAttribute('data-drawn', '0');
		expect(Number(await chart.getAttribute('data-font-size'))).toBeGreaterThanOrEqual(22);
		await expect(chart).toHaveAttribute('data-font-family', /Be Vietnam Pro/);
		await expect(chart).toHaveAttribute('data-axis-titles', /^[^|]+ \| [^|]+$/);
	}
	const concentration = page.locator('.chart-card', { hasText: 'Mức tập trung lợi nhuận' });
	await expect(concentration.locator('[data-drawn]')).toHaveAttribute(
		'data-axis-titles',
		'Phần khách hàng, tốt nhất trước (%) | Phần lợi nhuận lũy kế (%)'
	);
	const tall = (await charts.first().boundingBox())!.height;

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page).not.toHaveURL(/trinh-chieu/);
	await expect(page.locator('.site-header')).toBeVisible();
	await expect(vote).toHaveCount(0);
	await expect(charts.first()).toHaveAttribute('data-font-size', '12');
	expect((await charts.first().boundingBox())!.height).toBeLessThan(tall);
});
