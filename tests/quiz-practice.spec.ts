import { expect, fixQuizClock, test } from './support/fixtures';

test('practice by keyboard: pick an option, check, read the explanation, go on', async ({
	page
}) => {
	await fixQuizClock(page);
	await page.goto('/luyen-tap');
	await page.getByLabel('Chương', { exact: true }).selectOption('xay-dung-quan-he');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByText('Câu 1/10')).toBeVisible();

	for (let i = 1; i <= 10; i++) {
		await expect(page.getByText(`Câu ${i}/10`)).toBeVisible();
		const numeric = page.getByLabel(/^Đáp số/);
		if (await numeric.isVisible()) {
			await numeric.fill('1');
			await numeric.press('Enter');
		} else if (await page.locator('.ordering, .matching').isVisible()) {
			// ordering starts answered; matching needs a choice per row
			const selects = page.locator('.matching select');
			for (const select of await selects.all()) await select.selectOption({ index: 1 });
			await page.getByRole('button', { name: 'Kiểm tra' }).click();
		} else {
			await page.locator('body').press('1');
			await page.locator('body').press('Enter');
		}
		const feedback = page.locator('.feedback');
		await expect(feedback).toBeVisible();
		await expect(
			feedback.getByRole('link', { name: 'Đọc lại phần này trong chương' })
		).toHaveAttribute('href', /^\/chuong\/xay-dung-quan-he#[a-z0-9-]+$/);
		await expect(page.getByRole('progressbar')).toHaveAttribute('value', String(i));
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: /Xong! Đúng \d+\/10 câu/ })).toBeVisible();

	// What was answered is kept: the progress page counts ten questions.
	await page.goto('/tien-do');
	await expect(page.getByText('Đã trả lời 10 câu khác nhau')).toBeVisible();
});

test('a wrong answer shows the key, and the missed question is due for review', async ({
	page
}) => {
	await fixQuizClock(page);
	const bank = await (await page.request.get('/ngan-hang/xay-dung-quan-he.json')).json();
	await page.goto('/luyen-tap');
	await page.getByLabel('Chương', { exact: true }).selectOption('xay-dung-quan-he');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();

	// Answer the first question wrongly, whatever its type, using the bank's key.
	const prompt = (await page.locator('.prompt').first().textContent())!.trim();
	const q = bank.questions.find((x: { prompt: string }) => x.prompt === prompt);
	expect(q, `question "${prompt}" is in the bank`).toBeTruthy();
	if (q.type === 'single') {
		const wrong = q.options.find((_: string, i: number) => i !== q.answer);
		await page.getByRole('radio', { name: wrong, exact: true }).check();
	} else if (q.type === 'multiple') {
		const wrong = q.options.find((_: string, i: number) => !q.answer.includes(i));
		await page.getByRole('checkbox', { name: wrong, exact: true }).check();
	} else if (q.type === 'truefalse') {
		await page.getByRole('radio', { name: q.answer ? 'Sai' : 'Đúng', exact: true }).check();
	} else if (q.type === 'numeric') {
		await page.getByLabel(/^Đáp số/).fill(String(q.answer + 1000));
	} else if (q.type === 'matching') {
		for (const select of await page.locator('.matching select').all())
			await select.selectOption({ index: 1 });
	} // ordering: the starting order is never the right one
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(page.locator('.feedback')).toContainText('✗ Chưa đúng.');
	await expect(page.locator('.feedback')).toContainText('Đáp án:');
	await expect(page.locator('.feedback')).toContainText(q.explanation);

	await page.goto('/');
	const due = page.getByRole('link', { name: /câu cần ôn hôm nay/ });
	await expect(due).toHaveText('1 câu cần ôn hôm nay');
	await due.click();
	await expect(page).toHaveURL(/\/on-tap$/);
	await expect(page.getByText('Câu 1/1', { exact: true })).toBeVisible();
	await expect(page.locator('.prompt')).toHaveText(prompt);
});
