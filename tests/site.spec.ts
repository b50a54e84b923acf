import { expect, test } from './support/fixtures';

test('home page loads in Vietnamese with its entry points', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveTitle(/CRM Lab/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Quản trị quan hệ khách hàng'
	);
	await expect(page.getByRole('link', { name: /Học/ }).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Các chương' })).toBeVisible();
});

test('the header navigation leads to a chapter', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Học' }).click();
	await expect(page).toHaveURL(/\/chuong$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Các chương' })).toBeVisible();

	const first = page.locator('.chapter-list a').first();
	const title = (await first.locator('.title').textContent())?.trim() ?? '';
	await first.click();
	await expect(page).toHaveURL(/\/chuong\/[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('heading', { name: 'Mục tiêu học tập' })).toBeVisible();
});

test('a table-of-contents link jumps to its section', async ({ page }) => {
	await page.goto('/chuong');
	await page.locator('.chapter-list a').first().click();
	const toc = page.getByRole('navigation', { name: 'Mục lục' });
	const link = toc.getByRole('link').last();
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^#[a-z0-9-]+$/);
	const target = page.locator(href);
	await expect(target).not.toBeInViewport();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(target).toBeInViewport();
	await expect(target).toHaveText(((await link.textContent()) ?? '').trim());
});

test('on a phone the table of contents opens and closes', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/chuong');
	await page.locator('.chapter-list a').first().click();
	const toggle = page.getByRole('button', { name: 'Mục lục' });
	const list = page.locator('#toc-list');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(list).toBeHidden();
	await toggle.click();
	await expect(list).toBeVisible();
	await list.getByRole('link').first().click();
	await expect(list).toBeHidden();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
});

test('the theme toggle overrides the system setting and survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Giao diện tối' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Giao diện tối' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(darkBg).not.toBe(lightBg);

	await page.getByRole('button', { name: 'Giao diện tối' }).click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('with nothing saved the theme follows the system', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Giao diện tối' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('an unknown chapter gives the Vietnamese 404 page with status 404', async ({ page }) => {
	const response = await page.goto('/chuong/khong-co-chuong-nay');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
	await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();

	const other = await page.goto('/khong-ton-tai');
	expect(other?.status()).toBe(404);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
