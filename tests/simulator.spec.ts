import { expect, test, type Page } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const GAME = '/mo-phong/ca-phe';

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
	await expect(page).toHaveURL(/\/mo-phong\/ca-phe$/);
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

test('the budget starts with room to spend, and says so when it runs out', async ({ page }) => {
	await openGame(page);
	const remaining = page.locator('.remaining');
	await expect(remaining).not.toContainText('Còn lại: 0 triệu đ');
	await expect(page.getByText(/chưa chia\. Tiền không chi/)).toBeVisible();
	const service = page.getByRole('slider', { name: 'Chất lượng dịch vụ lõi' });
	const before = Number(await service.inputValue());
	await page.getByRole('button', { name: 'Tăng Chất lượng dịch vụ lõi' }).click();
	await expect.poll(async () => Number(await service.inputValue())).toBeGreaterThan(before);

	await page.getByRole('radio', { name: 'Tự do' }).check();
	const budget = 420000;
	for (const name of ['Thu hút khách mới', 'Chất lượng dịch vụ lõi', 'Cá nhân hóa']) {
		await page.getByRole('slider', { name }).fill(String(budget));
	}
	const values = await page
		.locator('.lever input[type="range"]')
		.evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
	expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
	await expect(remaining).toContainText('Còn lại: 0 triệu đ');
	const blocked = page.getByText('Hết ngân sách: hãy giảm khoản khác trước.');
	await expect(blocked).toBeVisible();
	await page.getByRole('button', { name: 'Tăng Thương hiệu và trách nhiệm xã hội' }).click();
	await expect(page.locator('.lever', { hasText: 'Thương hiệu' }).locator('.blocked')).toHaveText(
		'Hết ngân sách: hãy giảm khoản khác trước.'
	);
	await expect(page.getByText(/chưa chia\. Tiền không chi/)).toBeHidden();
	await runQuarter(page, 1);
});

test('guided play starts with a three-step hint, keeps focus on Chạy quý and announces each quarter', async ({
	page
}) => {
	await openGame(page);
	await expect(page.getByText(/^Mục tiêu: sau 16 quý, giá trị doanh nghiệp từ/)).toBeVisible();
	await expect(page.getByText(/vài quý đầu bị lỗ, và điều đó không sai/)).toBeVisible();
	await expect(page.getByText(/^Mã ván chơi \d+$/)).toBeVisible();
	const hint = page.getByRole('complementary', { name: 'Ba bước cho quý đầu tiên' });
	await expect(hint.getByRole('listitem')).toHaveCount(3);
	await expect(hint).toContainText('Giá, thu hút và giữ chân');

	const staff = page.getByRole('slider', { name: 'Đào tạo nhân viên, marketing nội bộ' });
	await expect(staff).toBeDisabled();
	const run = page.getByRole('button', { name: 'Chạy quý' });
	await run.focus();
	await page.keyboard.press('Enter');
	await expect(quarterStatus(page)).toHaveText('Quý 1/16');
	await expect(run).toBeFocused();
	await expect(hint).toBeHidden();
	const said = page.locator('[aria-live="polite"].visually-hidden');
	await expect(said).toHaveText(/^Quý 1: giá trị doanh nghiệp -?[\d.,]+ triệu đ, lợi nhuận quý/);
	// The firm value on its KPI card is the one announced.
	const firmValue = (await kpi(page, 'firm-value').textContent()) ?? '';
	expect(firmValue).toMatch(/triệu đ$/);
	await expect(said).toContainText(`giá trị doanh nghiệp ${firmValue},`);

	await expect(run).toBeEnabled();
	await page.keyboard.press('Enter');
	await expect(quarterStatus(page)).toHaveText('Quý 2/16');
	await expect(run).toBeFocused();
	await expect(staff).toBeEnabled();
	await expect(
		page.getByRole('heading', { name: /Công cụ mới: Dịch vụ và con người/ })
	).toBeVisible();
	await expect(said).toContainText('so với quý trước');
	await expect(said).toContainText('Công cụ mới: Dịch vụ và con người.');
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

test('an old address redirects with its link, and an invalid link keeps the saved game', async ({
	page
}) => {
	const airline = await page.request.get('/mo-phong/airline', { maxRedirects: 0 });
	expect(airline.status()).toBe(308);
	expect(airline.headers()['location']).toBe('/mo-phong/hang-bay');
	await openGame(page);
	await runQuarter(page, 1);
	await openGame(page, '/mo-phong/coffee?van=not-a-real-game');
	await expect(page).toHaveURL(/\/mo-phong\/ca-phe\?van=not-a-real-game$/);
	await expect(page.getByRole('alert')).toContainText('Liên kết chia sẻ không hợp lệ');
	await expect(quarterStatus(page)).toHaveText('Quý 1/16');
});

test('the glass box explains a KPI with the value and cost breakdown', async ({ page }) => {
	await openGame(page);
	await runQuarter(page, 1);
	await page.getByRole('button', { name: /Khách hài lòng/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Vì sao các chỉ số thay đổi?' });
	await expect(dialog).toBeVisible();
	await expect(
		dialog.getByRole('heading', { name: 'Giá trị doanh nghiệp sau quý 1' })
	).toBeVisible();
	const total = dialog.getByRole('row', { name: /^= Giá trị doanh nghiệp/ }).getByRole('cell');
	await expect(total).toHaveText((await kpi(page, 'firm-value').textContent()) ?? '');
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
