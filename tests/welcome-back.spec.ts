import { readFileSync } from 'node:fs';
import { runList, showRuns } from './support/simulator';
import {
	expect,
	fixQuizClock,
	pauseQuizClock,
	QUIZ_NOW,
	test,
	type Page
} from './support/fixtures';

const card = (page: Page) => page.getByRole('region', { name: 'Tiếp tục' });

/** A share link in the first format: `quarters` quarters of marketing, nothing spent. */
function oldLink(quarters: number): string {
	const row = [3, 100, 0, 0, 0, 0, 0, 0, 0, 0];
	const json = JSON.stringify([1, 5, Array.from({ length: quarters }, () => row)]);
	return Buffer.from(json).toString('base64url');
}

test('after reading, practising and playing, home says where to go on; the export carries it all to a fresh browser', async ({
	page,
	browser
}, testInfo) => {
	await fixQuizClock(page);
	await page.goto('/chuong/tong-quan-crm#dinh-nghia');
	await expect(page.locator('html[data-ready]')).toBeAttached();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('crm-lab:reading')))
		.toContain('dinh-nghia');

	await page.goto('/luyen-tap');
	await page.getByLabel('Chương', { exact: true }).selectOption('tong-quan-crm');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await page.locator('.options input').first().check();
	await page.getByRole('button', { name: 'Kiểm tra' }).click();

	await page.goto('/mo-phong/ca-phe');
	await page.getByRole('button', { name: 'Chạy quý' }).click();
	await expect(page.locator('.status strong')).toHaveText('Quý 1/16');
	// a second run beside it, as a shared game opens
	await page.goto(`/mo-phong/ca-phe?van=${oldLink(3)}`);
	await showRuns(page);
	await expect(runList(page).locator('option')).toHaveCount(2);

	await page.goto('/');
	await expect(card(page).getByRole('link', { name: /^Chương 1:/ })).toHaveAttribute(
		'href',
		'/chuong/tong-quan-crm#dinh-nghia'
	);
	await expect(card(page)).toContainText('Đọc đến mục “Định nghĩa CRM”');
	await expect(card(page)).toContainText('Quý 3/16 · 2 nhánh');
	const chapterOne = page.locator('.chapter-list li').first();
	await expect(chapterOne).toContainText('Đang đọc: Định nghĩa CRM');
	await expect(chapterOne).toContainText(/nắm vững (0|100)% câu đã làm \(1\/\d+\)/);

	await page.goto('/tien-do');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Xuất tiến độ' }).click();
	const file = testInfo.outputPath('tien-do.json');
	await (await download).saveAs(file);
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported).toMatchObject({ format: 'crm-lab-progress', version: 2 });
	expect(exported.learnerData.games.coffee.runs).toHaveLength(2);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/tien-do');
	await other.getByLabel('Chọn tệp tiến độ để nhập').setInputFiles(file);
	await expect(other.getByRole('status').filter({ hasText: 'Đã nhập tiến độ' })).toBeVisible();
	await other.goto('/');
	await expect(card(other)).toContainText('Quý 3/16 · 2 nhánh');
	await expect(card(other)).toContainText('Đọc đến mục “Định nghĩa CRM”');
	await other.goto('/mo-phong/ca-phe');
	await showRuns(other);
	await expect(runList(other).locator('option')).toHaveCount(2);
	await fresh.close();
});

test('review keeps to the daily cap, and a miss can be called a slip with its schedule shown', async ({
	page
}) => {
	await fixQuizClock(page);
	const now = QUIZ_NOW.getTime();
	const dueCard = (n: number) => ({
		questionId: `tong-quan-crm-00${n}`,
		due: now - 3_600_000 * (4 - n),
		stability: 1,
		difficulty: 5,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 1,
		lapses: 0,
		state: 1,
		lastReview: now - 2 * 86_400_000
	});
	const progress = {
		format: 'crm-lab-progress',
		version: 2,
		updatedAt: now,
		answers: Object.fromEntries(
			[1, 2, 3].map((n) => [
				`tong-quan-crm-00${n}`,
				{ right: 0, wrong: 1, last: now - 2 * 86_400_000, lastRight: false }
			])
		),
		attempts: [],
		review: Object.fromEntries([1, 2, 3].map((n) => [`tong-quan-crm-00${n}`, dueCard(n)]))
	};
	await page.addInitScript((text) => {
		if (!localStorage.getItem('crm-lab:progress')) localStorage.setItem('crm-lab:progress', text);
	}, JSON.stringify(progress));
	await page.goto('/on-tap');
	await expect(page.getByText('Câu 1/3', { exact: true })).toBeVisible();
	await page.getByLabel('Số câu ôn tối đa mỗi ngày').fill('2');
	await page.getByRole('button', { name: 'Lưu' }).click();
	await expect(page.getByText('Câu 1/2', { exact: true })).toBeVisible();
	await expect(page.getByText('Hôm nay đã ôn 0/2 câu; 1 câu đến hạn')).toBeVisible();

	// question 1 (5 to 10 times), answered wrongly; the learner says it was a slip
	await page.locator('.options label', { hasText: 'Khoảng bằng nhau' }).click();
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	const schedule = page.locator('.schedule');
	await expect(schedule).toHaveText(/^Câu này sẽ gặp lại sau \d+ (phút|giờ|ngày)\.$/);
	const again = await schedule.textContent();
	await page.getByRole('button', { name: 'Tôi biết, chỉ nhầm' }).click();
	await expect(page.getByRole('button', { name: 'Tôi biết, chỉ nhầm' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(schedule).not.toHaveText(again!);
	await page.getByRole('button', { name: 'Câu tiếp' }).click();
	await page.locator('.options label', { hasText: '50%' }).click();
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(schedule).toContainText('gặp lại sau');
	await page.getByRole('button', { name: 'Xem kết quả' }).click();

	await page.reload();
	await expect(page.getByText(/Hôm nay đã ôn 2\/2 câu; \d câu đến hạn/)).toBeVisible();
	await expect(page.getByText('Bạn đã ôn đủ 2 câu hôm nay')).toBeVisible();
});

test('the mock exam review shows only the wrong answers on demand; home shows the score', async ({
	page
}) => {
	await pauseQuizClock(page);
	await page.goto('/thi-thu');
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	for (let i = 1; i <= 8; i++) {
		await expect(page.getByText(`Câu ${i}/40`, { exact: true })).toBeVisible();
		const number = page.getByRole('textbox', { name: /Đáp số/ });
		if (await number.isVisible()) await number.fill('1');
		else await page.keyboard.press(String((i % 2) + 1));
		await page.keyboard.press('Enter');
	}
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await page.getByRole('button', { name: 'Xem lại bài làm' }).click();
	const review = page.getByRole('region', { name: 'Xem lại bài làm' });
	await expect(review.getByRole('listitem')).toHaveCount(40);
	const filter = review.getByRole('checkbox', { name: /^Chỉ xem câu sai \(\d+\)$/ });
	const wrong = Number((await review.locator('.filter').textContent())!.match(/\((\d+)\)/)![1]);
	expect(wrong).toBeLessThan(40);
	await filter.check();
	await expect(review.getByRole('listitem')).toHaveCount(wrong);
	await expect(review.getByRole('listitem').filter({ hasText: '✓ Đúng' })).toHaveCount(0);

	await page.goto('/');
	await expect(card(page)).toContainText(/Thi thử gần nhất\s*trắc nghiệm [\d,]+\/6/);
});
