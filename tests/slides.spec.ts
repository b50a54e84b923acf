import jsQR from 'jsqr';
import { expect, test, type Page } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const DECK = '/trinh-chieu/gia-tri-va-su-thoa-man';
const number = (page: Page) => page.locator('.number');

/** Opens the deck and waits until it has split the chapter into slides. */
async function openDeck(page: Page) {
	await page.goto(DECK);
	await expect(number(page)).toHaveText(/^Trang 1\/\d\d+$/);
}

test('slides move with the keys a clicker sends, with overview and black screen', async ({
	page
}) => {
	await openDeck(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Giá trị và sự thỏa mãn của khách hàng'
	);
	await expect(number(page)).toHaveText(/^Trang 1\/\d+$/);
	await page.keyboard.press('ArrowRight');
	await expect(number(page)).toHaveText(/^Trang 2\//);
	await page.keyboard.press('PageDown');
	await page.keyboard.press(' ');
	await expect(number(page)).toHaveText(/^Trang 4\//);
	await page.keyboard.press('PageUp');
	await expect(number(page)).toHaveText(/^Trang 3\//);
	await expect(page.getByRole('region', { name: 'Trang bìa' })).toBeHidden();

	// one section at a time: the value section's heading shows, the satisfaction one does not
	await page.keyboard.press('o');
	const overview = page.getByRole('dialog', { name: 'Tổng quan các trang' });
	await overview.getByRole('button', { name: /Sự thỏa mãn của khách hàng/ }).click();
	await expect(
		page.getByRole('heading', { name: 'Sự thỏa mãn của khách hàng', exact: true })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Tổng chi phí của khách hàng', exact: true })
	).toBeHidden();
	await expect(page).toHaveURL(/#trang-\d+$/);

	await page.keyboard.press('b');
	await expect(page.getByRole('button', { name: /Màn hình đen/ })).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByRole('button', { name: /Màn hình đen/ })).toBeHidden();

	// widgets work inside slides
	await page.keyboard.press('Home');
	await page.keyboard.press('o');
	await page
		.getByRole('dialog', { name: 'Tổng quan các trang' })
		.getByRole('button', { name: /Ví dụ tính giá trị/ })
		.click();
	const widget = page.getByRole('region', { name: 'Máy tính giá trị dành cho khách hàng' });
	await widget.getByRole('button', { name: 'Quán B', exact: true }).click();
	await expect(widget.locator('.results')).toContainText('Giá trị dành cho khách hàng 0');
});

test('the presenter window shows the notes and stays in step with the main one', async ({
	page,
	context
}) => {
	await openDeck(page);
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Mở khung người trình bày' }).click()
	]);
	await presenter.waitForLoadState();
	const notes = presenter.getByRole('complementary', { name: 'Khung người trình bày' });
	await expect(notes).toBeVisible();

	await page.keyboard.press('o');
	await page
		.getByRole('dialog', { name: 'Tổng quan các trang' })
		.getByRole('button', { name: /Sự thỏa mãn của khách hàng/ })
		.click();
	const shown = await number(page).textContent();
	await expect(number(presenter)).toHaveText(shown!);
	await expect(notes).toContainText('E = P vẫn là hài lòng');
	await expect(page.locator('.speaker-notes:visible')).toHaveCount(0);

	// and the other way: the presenter moves the slides
	await presenter.keyboard.press('ArrowRight');
	await expect(number(page)).not.toHaveText(shown!);
	await expect(number(page)).toHaveText((await number(presenter).textContent())!);
});

test('the QR code decodes to the student page of the current section', async ({
	page,
	baseURL
}) => {
	await openDeck(page);
	await page.keyboard.press('o');
	await page
		.getByRole('dialog', { name: 'Tổng quan các trang' })
		.getByRole('button', { name: /Sự thỏa mãn của khách hàng/ })
		.click();
	await page.keyboard.press('q');
	const dialog = page.getByRole('dialog', { name: 'Mã QR cho sinh viên' });
	const expected = `${baseURL}/chuong/gia-tri-va-su-thoa-man#su-thoa-man`;
	await expect(dialog).toContainText(expected.replace(/^https?:\/\//, ''));
	const canvas = dialog.locator('canvas');
	await expect
		.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
		.toBeGreaterThan(1000);
	const image = await canvas.evaluate((c: HTMLCanvasElement) => {
		const ctx = c.getContext('2d')!;
		const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
		return { data: [...data], width, height };
	});
	const code = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
	expect(code?.data).toBe(expected);
});

test('axe finds no violations on a slide past the title (the sweep checks the first)', async ({
	page
}) => {
	await openDeck(page);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(number(page)).toHaveText(/^Trang 3\//);
	await expectNoAxeViolations(page);
});
