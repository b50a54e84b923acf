import { expectNoAxeViolations } from './support/axe';
import { expect, fixQuizClock, QUIZ_NOW, test, type Page } from './support/fixtures';

const ATTEMPT_KEY = 'crm-lab:exam';
const ELSEWHERE = 'Bài thi đang mở ở một tab khác';

async function start(page: Page) {
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(page.getByText(/^Câu \d+\/40$/)).toBeVisible();
}

/** Answers the question on screen, whatever its type: a number, or the first option. */
async function answerCurrent(page: Page) {
	const number = page.getByRole('textbox', { name: /Đáp số/ });
	if (await number.isVisible()) await number.fill('1');
	else await page.keyboard.press('1');
}

const answered = (page: Page, n: number) =>
	expect(page.locator('.clock')).toContainText(`Đã trả lời ${n}/40`);

const stored = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ATTEMPT_KEY);

/** Rewrites the saved attempt as a tampering tester or a crash would leave it, then reloads. */
async function tamper(page: Page, patch: Record<string, unknown>) {
	await page.evaluate(
		({ key, patch }) => {
			const attempt = JSON.parse(localStorage.getItem(key)!);
			localStorage.setItem(key, JSON.stringify({ ...attempt, ...patch }));
		},
		{ key: ATTEMPT_KEY, patch }
	);
	await page.reload();
}

const backups = (page: Page) =>
	page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('crm-lab:exam:backup:'))
			.map((k) => localStorage.getItem(k))
	);

test('two tabs: one owns the attempt, the other says so, asks before replacing it, and takes over without losing an answer', async ({
	context
}) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	for (const page of [a, b]) await fixQuizClock(page);
	await b.goto('/thi-thu');
	await expect(b.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeEnabled();
	await a.goto('/thi-thu');
	await start(a);
	await answerCurrent(a);
	await answered(a, 1);

	// The tab that loaded first still offers a start: it asks, and replaces nothing.
	await b.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const ask = b.getByRole('dialog', { name: /bài thi đang làm dở/i });
	await expect(ask).toContainText('1/40');
	await ask.getByRole('button', { name: 'Làm tiếp bài đó' }).click();
	await answered(b, 1);
	await expect(a.getByText(ELSEWHERE)).toBeVisible();

	await b.getByRole('button', { name: 'Câu sau' }).click();
	await answerCurrent(b);
	await answered(b, 2);
	// The tab that lost the attempt writes nothing, even when a key is pressed there.
	await a.keyboard.press('3');

	await a.getByRole('button', { name: 'Làm tiếp ở tab này' }).click();
	await answered(a, 2);
	await expect(b.getByText(ELSEWHERE)).toBeVisible();
	const c = await context.newPage();
	await c.goto('/thi-thu');
	await expect(c.getByText(ELSEWHERE)).toBeVisible();
	await expectNoAxeViolations(c);
	expect(Object.keys((await stored(a)).answers)).toHaveLength(2);
});

test('a corrupt attempt is set aside under a backup key, a newer one is kept, and neither is overwritten by the next start', async ({
	page
}) => {
	await fixQuizClock(page);
	await page.goto('/thi-thu');
	// the page has read and settled its storage before the test writes into it
	await expect(page.locator('html[data-ready]')).toBeAttached();
	const corrupt = '{"format":"crm-lab-exam","version":1,"questionIds":5}';
	await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [ATTEMPT_KEY, corrupt]);
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: 'crm-lab:exam:backup:' })).toBeVisible();
	expect(await backups(page)).toEqual([corrupt]);
	await start(page);
	expect(await backups(page)).toEqual([corrupt]);

	const newer = JSON.stringify({ format: 'crm-lab-exam', version: 99, id: 'thi-moi' });
	await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [ATTEMPT_KEY, newer]);
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: 'phiên bản mới hơn' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeDisabled();
	expect(await page.evaluate((key) => localStorage.getItem(key), ATTEMPT_KEY)).toBe(newer);
});

test('a content update that changes the attempt’s questions does not stop it from resuming', async ({
	page
}) => {
	await fixQuizClock(page);
	await page.goto('/thi-thu');
	await start(page);
	await answerCurrent(page);
	const prompt = await page.locator('.prompt').first().textContent();
	// The new version renumbers every question of every bank.
	await page.route('**/ngan-hang/*.json', async (route) => {
		const bank = await (await route.fetch()).json();
		for (const q of bank.questions) q.id = q.id.replace(/-(\d{3})$/, '-9$1');
		await route.fulfill({ json: bank });
	});
	await page.reload();
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
	await expect(page.locator('.prompt').first()).toHaveText(prompt!);
	await answered(page, 1);
	// The new item types are answered with the practice page's controls, accessible as they are.
	const types: string[] = (await stored(page)).questions.map((q: { type: string }) => q.type);
	const nav = page.getByRole('navigation', { name: 'Danh sách câu hỏi' });
	await nav.getByRole('button', { name: `Câu ${types.indexOf('numeric', 1) + 1},` }).click();
	await page.getByRole('textbox', { name: /Đáp số/ }).fill('abc');
	await expectNoAxeViolations(page);
	await nav.getByRole('button', { name: `Câu ${types.indexOf('truefalse', 1) + 1},` }).click();
	await page.keyboard.press('2');
	await expect(page.getByRole('radio', { name: 'Sai' })).toBeChecked();
	await answered(page, 2);
});

test('a resumed attempt is checked for sense: no score page before submitting, a sane clock, no 0/0 paper', async ({
	page
}) => {
	await fixQuizClock(page);
	await page.goto('/thi-thu');
	await start(page);
	await answerCurrent(page);
	await tamper(page, { phase: 'graded', submittedAt: null, startedAt: QUIZ_NOW.getTime() + 1e10 });
	await expect(page.getByText('Câu 1/40', { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Phần trắc nghiệm/ })).toHaveCount(0);
	await expect(page.getByRole('timer')).toHaveText(/^(60:00|59:\d\d)$/);
	await answered(page, 1);

	await tamper(page, { questions: [], questionIds: [], answers: {} });
	await expect(page.getByRole('alert').filter({ hasText: 'không có câu hỏi nào' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeEnabled();
	expect(await backups(page)).toHaveLength(1);
});

test('a crash between learning the answers and marking the exam submitted loses nothing and learns once', async ({
	page
}) => {
	// From the first write after arming, the "crashed" page's writes no longer reach storage.
	await page.addInitScript(() => {
		const write = Storage.prototype.setItem;
		let state: 'off' | 'armed' | 'crashed' = 'off';
		Object.assign(window, { armCrash: () => (state = 'armed') });
		Storage.prototype.setItem = function (key: string, value: string) {
			if (state === 'crashed') throw new DOMException('the tab crashed', 'SecurityError');
			write.call(this, key, value);
			if (state === 'armed') state = 'crashed';
		};
	});
	await fixQuizClock(page);
	await page.goto('/thi-thu');
	await start(page);
	await answerCurrent(page);
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await page.evaluate(() => (window as unknown as { armCrash: () => void }).armCrash());
	await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await page.reload();

	await expect(
		page.getByRole('heading', { name: /Phần trắc nghiệm: [\d,]+\/6 điểm/ })
	).toBeVisible();
	const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('crm-lab:progress')!));
	expect(progress.attempts.map((x: { kind: string }) => x.kind)).toEqual(['exam']);
	const counts = Object.values(
		progress.answers as Record<string, { right: number; wrong: number }>
	);
	expect(counts).toHaveLength(40);
	expect(counts.every((s) => s.right + s.wrong === 1)).toBe(true);
	expect((await stored(page)).phase).toBe('essays');
});
