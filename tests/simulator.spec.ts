import { expect, test, type Page } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const GAME = '/mo-phong/coffee';

async function openGame(page: Page, url = GAME) {
	await page.goto(url);
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
}

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);
const quarterStatus = (page: Page) => page.locator('.status strong');

async function runQuarter(page: Page, expected: number) {
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(quarterStatus(page)).toHaveText(`Quý ${expected}/16`);
	await expect(page.getByRole('button', { name: 'Chạy quý' })).toBeEnabled();
}

test('the picker lists each case firm with its brief and a way in', async ({ page }) => {
	await page.goto('/mo-phong');
	for (const name of ['Chuỗi cà phê Mộc Lam']) {
		await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
	}
	await expect(page.getByRole('article')).toHaveCount(3);
	await page.getByRole('link', { name: /Chơi “Chuỗi cà phê Mộc Lam”/ }).click();
	await expect(page).toHaveURL(/\/mo-phong\/coffee$/);
});

test('four quarters with different decisions move the KPIs, and undo takes one back', async ({
	page
}) => {
	await openGame(page);
	await runQuarter(page, 1);
	const first = await kpi(page, 'customers').textContent();

	await page.getByRole('radio', { name: /Bán hàng/ }).check();
	await page.getByRole('slider', { name: 'Mức giá so với giá chuẩn' }).fill('1.3');
	await runQuarter(page, 2);
	await page.getByRole('slider', { name: 'Thu hút khách mới' }).fill('0');
	await runQuarter(page, 3);
	await page.getByRole('radio', { name: /^Marketing Tìm hiểu/ }).check();
	await runQuarter(page, 4);
	const fourth = await kpi(page, 'customers').textContent();
	expect(fourth).not.toBe(first);
	await expect(page.locator('.kpis')).toContainText('so với quý trước');

	const profit4 = await kpi(page, 'profit').textContent();
	await page.getByRole('button', { name: 'Hoàn tác quý vừa chơi' }).click();
	await expect(quarterStatus(page)).toHaveText('Quý 3/16');
	await expect(kpi(page, 'profit')).not.toHaveText(profit4 ?? '');
});

test('the budget split can never go over budget', async ({ page }) => {
	await openGame(page);
	await page.getByRole('radio', { name: 'Tự do' }).check();
	const budget = 420000;
	for (const name of ['Thu hút khách mới', 'Chất lượng dịch vụ lõi', 'Cá nhân hóa']) {
		await page.getByRole('slider', { name }).fill(String(budget));
	}
	const values = await page
		.locator('.lever input[type="range"]')
		.evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
	expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
	await expect(page.locator('.remaining')).toContainText('Còn lại: 0 triệu đ');
	await runQuarter(page, 1);
});

test('guided play opens new levers after the first quarters, with a lesson', async ({ page }) => {
	await openGame(page);
	const staff = page.getByRole('slider', { name: 'Đào tạo nhân viên, marketing nội bộ' });
	await expect(staff).toBeDisabled();
	await runQuarter(page, 1);
	await runQuarter(page, 2);
	await expect(staff).toBeEnabled();
	await expect(
		page.getByRole('heading', { name: /Công cụ mới: Dịch vụ và con người/ })
	).toBeVisible();
});

test('a reload keeps the game', async ({ page }) => {
	await openGame(page);
	await runQuarter(page, 1);
	await runQuarter(page, 2);
	const customers = await kpi(page, 'customers').textContent();
	await page.reload();
	await expect(quarterStatus(page)).toHaveText('Quý 2/16');
	await expect(kpi(page, 'customers')).toHaveText(customers ?? '');
});

test('the share link reproduces the same numbers in a fresh browser', async ({ page, browser }) => {
	await openGame(page);
	await page.getByRole('radio', { name: /Hoàn thiện sản phẩm/ }).check();
	await runQuarter(page, 1);
	await runQuarter(page, 2);
	const numbers = await page.locator('.kpis .value').allTextContents();
	await page.getByRole('button', { name: 'Chia sẻ' }).click();
	const link = (await page.locator('.shared a').getAttribute('href')) ?? '';
	expect(link).toContain('?van=');

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openGame(other, link);
	await expect(quarterStatus(other)).toHaveText('Quý 2/16');
	await expect(other.locator('.kpis .value')).toHaveText(numbers);
	await fresh.close();
});

test('an invalid share link shows a message and keeps the saved game', async ({ page }) => {
	await openGame(page);
	await runQuarter(page, 1);
	await openGame(page, `${GAME}?van=not-a-real-game`);
	await expect(page.getByRole('alert')).toContainText('Liên kết chia sẻ không hợp lệ');
	await expect(quarterStatus(page)).toHaveText('Quý 1/16');
});

test('the glass box explains a KPI with the value and cost breakdown', async ({ page }) => {
	await openGame(page);
	await runQuarter(page, 1);
	await page.getByRole('button', { name: /Khách hài lòng/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Vì sao các chỉ số thay đổi?' });
	await expect(dialog).toBeVisible();
	for (const part of [
		'Giá trị sản phẩm',
		'Giá trị nhân sự',
		'Chi phí thời gian',
		'Chi phí tinh thần'
	]) {
		await expect(dialog.getByRole('rowheader', { name: new RegExp(part) })).toBeVisible();
	}
	await expect(dialog).toContainText('Cảm nhận P trung bình');
	await expect(dialog.locator('.causes li').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('axe finds no violations in a game in progress, with every chart table open', async ({
	page
}) => {
	await openGame(page);
	await runQuarter(page, 1);
	// with every chart's table open too
	for (const summary of await page.getByText('Xem bảng số liệu').all()) await summary.click();
	await expect(page.getByRole('table').first()).toBeVisible();
	await expectNoAxeViolations(page);
});
