import { expect, fixQuizClock, pauseQuizClock, test, type Page } from './support/fixtures';

const score = (page: Page) =>
	page.getByRole('heading', { name: /Phần trắc nghiệm: [\d,]+\/6 điểm/ });

/** Answers the question on screen by its type: a number typed, or the first option. */
async function answer(page: Page) {
	const number = page.getByRole('textbox', { name: /Đáp số/ });
	if (await number.isVisible()) await number.fill('1');
	else await page.keyboard.press('1');
}

async function start(page: Page, limit?: RegExp) {
	await page.goto('/thi-thu');
	if (limit) await page.getByRole('radio', { name: limit }).check();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
}

test('a whole mock exam by keyboard: 40 answers, submit, score, essays, total, review', async ({
	page
}) => {
	test.setTimeout(120_000);
	await fixQuizClock(page);
	await page.goto('/thi-thu');
	const begin = page.getByRole('button', { name: 'Bắt đầu làm bài' });
	await expect(begin).toBeEnabled();
	const chapters = await page
		.getByRole('group', { name: 'Các chương trong đề' })
		.getByRole('checkbox', { checked: true })
		.count();
	await begin.focus();
	await page.keyboard.press('Enter');
	const number = page.getByRole('textbox', { name: /Đáp số/ });
	const types = new Set<string>();
	for (let i = 1; i <= 40; i++) {
		await expect(page.getByText(`Câu ${i}/40`, { exact: true })).toBeVisible();
		const options = await page.locator('.question input[type="radio"]').count();
		if (options === 0) {
			// a calculation: type the result into the number field; Enter there goes on
			types.add('numeric');
			await number.focus();
			await page.keyboard.type('12,5');
		} else {
			types.add(options === 2 ? 'truefalse' : 'single');
			await page.keyboard.press(String(((i - 1) % options) + 1));
		}
		await expect(page.locator('.clock')).toContainText(`Đã trả lời ${i}/40`);
		if (i < 40) await page.keyboard.press('Enter');
	}
	expect(types).toEqual(new Set(['single', 'truefalse', 'numeric']));
	const submit = page.getByRole('button', { name: 'Nộp bài', exact: true });
	await submit.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Nộp bài?' });
	await expect(dialog).toContainText('Bạn đã trả lời tất cả các câu.');
	await dialog.getByRole('button', { name: 'Nộp bài ngay' }).focus();
	await page.keyboard.press('Enter');

	await expect(score(page)).toBeVisible();
	await expect(
		page.getByRole('table', { name: 'Kết quả theo chương' }).getByRole('row')
	).toHaveCount(chapters + 1);

	// Essays: write, grade against the rubric, get a total out of 10.
	const essays = page.getByRole('textbox', { name: /Bài làm câu/ });
	await expect(essays).toHaveCount(2);
	await essays.first().fill('CRM là chiến lược lấy khách hàng làm trung tâm.');
	await page.getByRole('button', { name: 'Chấm phần tự luận' }).click();
	const rubric = page.getByRole('group', { name: /Tự chấm câu 1/ });
	const points = rubric.getByRole('group');
	await points.first().getByRole('radio', { name: 'Đủ ý' }).check();
	const full = await page.getByText(/Câu 1: [\d,]+\/2 điểm/).textContent();
	// the second point covered in part adds half its weight
	await points.nth(1).getByRole('radio', { name: 'Có một phần' }).check();
	await expect(page.getByText(/Câu 1: [\d,]+\/2 điểm/)).not.toHaveText(full!);
	await page.getByRole('button', { name: 'Xác nhận điểm tự luận' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Tổng điểm' })).toContainText('/10');

	await page.getByRole('button', { name: 'Xem lại bài làm' }).click();
	const review = page.getByRole('region', { name: 'Xem lại bài làm' });
	await expect(review.getByRole('listitem')).toHaveCount(40);
	await expect(review.getByRole('link', { name: 'Đọc lại' }).first()).toHaveAttribute(
		'href',
		/^\/chuong\/[a-z0-9-]+#[a-z0-9-]+$/
	);

	await page.goto('/tien-do');
	await expect(page.getByRole('table').filter({ hasText: 'Trắc nghiệm' })).toContainText('/10');
});

test('at time-out the attempt is submitted, after a 5-minute warning', async ({ page }) => {
	await pauseQuizClock(page);
	await start(page);
	await page.keyboard.press('2');
	await page.clock.fastForward('55:01');
	await expect(page.getByRole('alert').filter({ hasText: 'Chỉ còn dưới 5 phút' })).toBeVisible();
	await expect(page.getByRole('timer')).toHaveText(/^0[45]:\d\d$/);
	await page.clock.fastForward('05:00');
	await expect(score(page)).toBeVisible();
	await expect(page.getByText('Bài được nộp tự động khi hết giờ.')).toBeVisible();
});

test('the limit can be lengthened before starting: 90 minutes, and the result says so', async ({
	page
}) => {
	await pauseQuizClock(page);
	await start(page, /^90 phút$/);
	await expect(page.getByRole('timer')).toHaveText(/^(90:00|89:5\d)$/);
	await page.clock.fastForward('01:01:00');
	// past the real 60 minutes, the attempt is still open with 29 minutes left
	await expect(page.getByRole('timer')).toHaveText(/^(29:00|28:5\d)$/);
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await expect(page.getByText('Bạn đã đổi thời gian làm bài thành 90 phút')).toBeVisible();
});

test('the limit can be turned off before starting, and the result says so', async ({ page }) => {
	await pauseQuizClock(page);
	await start(page, /Không giới hạn/);
	await expect(page.getByRole('timer')).toHaveText('Không giới hạn');
	await page.clock.fastForward('02:00:00');
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await expect(page.getByText('Bạn đã tắt giới hạn thời gian')).toBeVisible();
});

test('a reload, or a closed tab, keeps the attempt with its answers and flags', async ({
	page,
	context
}) => {
	await fixQuizClock(page);
	await start(page);
	await answer(page);
	await page.getByRole('button', { name: 'Câu sau' }).click();
	await answer(page);
	await page.getByRole('button', { name: 'Đánh dấu xem lại' }).click();
	const prompt = await page.locator('.prompt').textContent();

	await page.reload();
	await expect(page.getByText('Câu 2/40', { exact: true })).toBeVisible();
	await expect(page.locator('.prompt')).toHaveText(prompt!);
	const nav = page.getByRole('navigation', { name: 'Danh sách câu hỏi' });
	await expect(nav.getByRole('button', { name: 'Câu 1, đã trả lời' })).toBeVisible();
	await expect(
		nav.getByRole('button', { name: 'Câu 2, đã trả lời, đánh dấu xem lại' })
	).toBeVisible();

	await page.close();
	const again = await context.newPage();
	await again.goto('/thi-thu');
	await expect(again.locator('.clock')).toContainText('Đã trả lời 2/40');
});
