import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startServer, stopServer } from './support/server';
import { expect, test } from './support/fixtures';

// The live classroom end to end, on its own server process (the same production build, its
// own port and SQLite folder) so that the test can kill it mid-question and start it again.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const BASE = `http://127.0.0.1:${PORT}`;
/** What a live page says while it cannot reach the server. */
const OFFLINE = /Mất kết nối tới máy chủ|Không kết nối được máy chủ/;

/** A phone; `blocked`: the browser refuses site storage (the localStorage getter throws). */
async function student(browser: Browser, code: string, nickname: string, blocked = false) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	if (blocked)
		await context.addInitScript(() =>
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('blocked', 'SecurityError');
				}
			})
		);
	const page = await context.newPage();
	await page.goto(`${BASE}/vao?ma=${code}`);
	await join(page, nickname);
	return page;
}

async function join(page: Page, nickname: string) {
	await page.getByLabel('Tên hiển thị').fill(nickname);
	await page.getByRole('button', { name: 'Vào lớp' }).click();
	await expect(page.getByText('Chờ giảng viên bắt đầu')).toBeVisible();
}

/** Five single-choice questions of chapter 1, picked by link as the slides' quiz slide does. */
const QUESTIONS = [1, 2, 3, 4, 5].map((n) => `tong-quan-crm-00${n}`);

/** Taps option `i` (and sends, for a multiple-choice question). */
async function answer(page: Page, i: number) {
	await page.locator('.option').nth(i).click();
	const send = page.getByRole('button', { name: 'Gửi', exact: true });
	if (await send.isVisible()) await send.click();
}

test('a live quiz from join to results survives reloads, a dropped network, a double send and a server restart', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-lab-live-e2e-'));
	let server = await startServer(PORT, dataDir);
	try {
		const host = await (await browser.newContext()).newPage();
		await host.goto(`${BASE}/lop?cau=${QUESTIONS.join(',')},khong-co-cau-nay`);
		await expect(host.getByRole('alert')).toHaveText(
			'Liên kết chọn sẵn câu hỏi có câu không có trong ngân hàng: khong-co-cau-nay.'
		);
		await expect(host.getByLabel('Chọn từng câu')).toBeChecked();
		await expect(host.getByText('Đã chọn 5/50 câu')).toBeVisible();
		await expect(host.getByRole('checkbox', { name: /tong-quan-crm-002/ })).toBeChecked();
		await host.getByLabel('Thời gian mỗi câu (giây)').fill('120');
		await host.getByRole('button', { name: 'Tạo phòng' }).click();
		const code = (await host.locator('p.code').textContent())!.trim();
		expect(code).toMatch(/^[ACDEFHJKMNPRTUVWXY3479]{6}$/);
		await expect(host.getByText(`127.0.0.1:${PORT}/vao?ma=${code}`)).toBeVisible();

		const xss = '<b id=pwn>x</b>';
		const [an, binh, third] = [
			await student(browser, code, 'An'),
			await student(browser, code, 'Bình'),
			// this phone blocks site storage: its seat lives in the page's memory
			await student(browser, code.toLowerCase(), xss, true)
		];
		await expect(host.getByRole('heading', { name: '3 người đã vào' })).toBeVisible();
		await expect(host.getByText(xss, { exact: true })).toBeVisible();
		await expect(host.locator('#pwn')).toHaveCount(0);
		await expectNoAxeViolations(host);

		await host.keyboard.press('ArrowRight');
		for (const page of [an, binh, third]) await expect(page.getByText('Câu 1/5')).toBeVisible();
		await expectNoAxeViolations(an);
		await answer(an, 0);
		await answer(binh, 1);
		await expect(host.getByText('2/3 đã trả lời')).toBeVisible();

		// The same seat sends an answer twice more (a retry after a drop): counted once.
		const replies = await an.evaluate(async () => {
			const seat = JSON.parse(localStorage.getItem('crm-lab-live-seat')!);
			const ws = new WebSocket(`ws://${location.host}/live`);
			const got: string[] = [];
			await new Promise<void>((resolve) => {
				ws.onopen = () => {
					ws.send(JSON.stringify({ type: 'rejoin', ...seat }));
					ws.send(JSON.stringify({ type: 'answer', question: 0, choices: [1] }));
					ws.send(JSON.stringify({ type: 'answer', question: 0, choices: [1] }));
				};
				ws.onmessage = (e) => {
					const m = JSON.parse(e.data);
					if (m.type === 'answered') got.push(String(m.accepted));
					if (got.length === 2) resolve();
				};
			});
			ws.close();
			return got;
		});
		expect(replies).toEqual(['true', 'true']);
		await expect(host.getByText('2/3 đã trả lời')).toBeVisible();

		// A reload keeps the seat and the answer.
		await binh.reload();
		await expect(binh.getByText('Đã ghi nhận câu trả lời')).toBeVisible({ timeout: 3_000 });
		await expect(binh.getByText('Câu 1/5')).toBeVisible();

		// Offline, the answer waits on the phone; back online, it is sent once.
		await third.context().setOffline(true);
		await expect(third.getByText(OFFLINE)).toBeVisible();
		await answer(third, 2);
		await expect(third.getByText('Đang gửi câu trả lời')).toBeVisible();
		await third.context().setOffline(false);
		await expect(third.getByText('Đã ghi nhận câu trả lời')).toBeVisible();
		await expect(host.getByText('3/3 đã trả lời')).toBeVisible();

		// The server dies mid-question and comes back: everyone is where they were.
		await stopServer(server);
		await expect(host.getByText(OFFLINE)).toBeVisible();
		server = await startServer(PORT, dataDir);
		await expect(host.getByText(OFFLINE)).toBeHidden();
		await expect(host.getByText('3/3 đã trả lời')).toBeVisible();
		await expect(an.getByText('Đã ghi nhận câu trả lời')).toBeVisible();

		await host.keyboard.press('ArrowRight');
		const verdicts = await Promise.all(
			[an, binh].map(async (page) => {
				await expect(page.getByText(/Chính xác|Chưa đúng/)).toBeVisible();
				return (await page.getByText('✗ Chưa đúng.').count()) > 0;
			})
		);
		// single choice: options A and B cannot both be right; multiple: one tap never is
		const missedBy = verdicts[0] ? an : verdicts[1] ? binh : null;
		expect(missedBy).not.toBeNull();
		const missedPrompt = (await missedBy!.locator('#live-prompt').textContent())!.trim();

		host.once('dialog', (dialog) => void dialog.accept());
		await host.getByRole('button', { name: 'Kết thúc' }).click();
		await expect(host.getByRole('heading', { name: 'Kết quả' })).toBeVisible();
		const download = host.waitForEvent('download');
		await host.getByRole('button', { name: 'Tải CSV theo tên' }).click();
		const csv = readFileSync(await (await download).path(), 'utf8');
		expect(csv.split('\r\n')[0]).toBe('\ufeffhang,ten,diem,so_cau_dung,so_cau_tra_loi');
		for (const name of ['An', 'Bình', xss]) expect(csv).toContain(`,${name},`);

		await expect(missedBy!.getByText(/Kết thúc! .*, bạn được \d+ điểm/)).toBeVisible();
		await missedBy!.getByRole('main').getByRole('link', { name: 'ôn tập' }).click();
		await expect(missedBy!.getByText(missedPrompt)).toBeVisible();

		// The same class plays the firm: each phone votes, the projector counts live, the
		// winning move is played and explained.
		await host.getByRole('button', { name: 'Tạo phòng mới' }).click();
		await host.getByLabel('Cả lớp điều hành doanh nghiệp').check();
		await host.getByLabel('Số quý').fill('1');
		await host.getByRole('button', { name: 'Tạo phòng chơi' }).click();
		const game = (await host.locator('p.code').textContent())!.trim();
		await expect(host.getByText(/Cả lớp điều hành .+ trong 1 quý/)).toBeVisible();
		await expectNoAxeViolations(host);
		for (const [page, name] of [
			[an, 'An'],
			[binh, 'Bình'],
			[third, 'Chi']
		] as const) {
			await page.goto(`${BASE}/vao?ma=${game}`);
			// a phone that kept its quiz seat sees that result first
			const again = page.getByRole('button', { name: 'Vào phòng khác' });
			await expect(again.or(page.getByLabel('Tên hiển thị'))).toBeVisible();
			if (await again.isVisible()) await again.click();
			await join(page, name);
		}
		await host.keyboard.press('ArrowRight');
		const selling = 'Theo triết lý bán hàng';
		for (const page of [an, binh]) await page.getByRole('button', { name: selling }).click();
		await third.getByRole('button', { name: 'Theo triết lý marketing', exact: true }).click();
		await expect(third.getByText('Đã ghi nhận phiếu của bạn')).toBeVisible();
		await third.getByRole('button', { name: 'Theo triết lý hoàn thiện sản phẩm' }).click();
		await expect(
			third.getByRole('button', { name: 'Theo triết lý hoàn thiện sản phẩm' })
		).toHaveAttribute('aria-pressed', 'true');
		await expectNoAxeViolations(third);
		await expect(host.getByText('3/3 đã bình chọn')).toBeVisible();
		await expect(host.locator('[data-count="triet-ly-selling"]')).toHaveText('2');
		await expect(host.locator('[data-count="triet-ly-marketing"]')).toHaveText('0');
		await expectNoAxeViolations(host);

		await host.keyboard.press('ArrowRight');
		await expect(host.getByRole('heading', { name: 'Kết quả quý 1' })).toBeVisible();
		await expect(host.getByText(`Phương án thắng: ${selling} (2 phiếu)`)).toBeVisible();
		await expect(host.getByRole('heading', { name: 'Vì sao?' })).toBeVisible();
		await expect(
			host.getByRole('row', { name: new RegExp(`^1 ${selling} 0 · 2 · 1 `) })
		).toBeVisible();
		await expect(an.getByText(`Cả lớp chọn: ${selling} (2 phiếu)`)).toBeVisible();
		await expectNoAxeViolations(host);
		await host.locator('[data-kpi="firm-value"]').click();
		await expect(host.getByRole('dialog', { name: 'Vì sao các chỉ số thay đổi?' })).toBeVisible();
	} finally {
		await stopServer(server);
		rmSync(dataDir, { recursive: true, force: true });
	}
});
