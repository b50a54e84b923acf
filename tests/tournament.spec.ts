import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startServer, stopServer } from './support/server';
import { expect, test } from './support/fixtures';

// The team tournament end to end, on its own server process (the production build, its own
// port and data folder) so that the test can kill it mid-quarter and start it again.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const BASE = `http://127.0.0.1:${PORT}`;
/** Seconds to decide a quarter: short, since one quarter waits for its deadline. */
const SECONDS = 8;

async function team(browser: Browser, code: string, name: string) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${BASE}/vao/doi?ma=${code}`);
	await page.getByLabel('Tên đội').fill(name);
	await page.getByRole('button', { name: 'Vào giải đấu' }).click();
	await expect(page.getByText('Chờ giảng viên bắt đầu')).toBeVisible();
	return page;
}

/** Sends the panel's decisions for quarter `q` (1-based), at `price` percent if given. */
async function decide(page: Page, q: number, price?: number) {
	await expect(page.getByRole('heading', { name: `Quyết định cho quý ${q}` })).toBeVisible();
	if (price) await page.getByLabel('Mức giá so với giá chuẩn').fill(String(price / 100));
	await page.getByRole('button', { name: /Gửi( lại)? quyết định/ }).click();
}

const quarterOnProjector = (host: Page, q: number) =>
	expect(host.getByRole('timer')).toContainText(`Quý ${q}/4`);

test('a tournament of three teams: a missed deadline, a reload, a server restart, the debrief and the CSV, axe on its pages', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-lab-tournament-e2e-'));
	let server = await startServer(PORT, dataDir, { readyPath: '/vao/doi' });
	try {
		const host = await (await browser.newContext()).newPage();
		await host.goto(`${BASE}/lop/giai-dau`);
		await host.getByLabel('Số quý').fill('4');
		await host.getByLabel('Thời gian quyết định mỗi quý (giây)').fill(String(SECONDS));
		await host.getByRole('button', { name: 'Tạo giải đấu' }).click();
		const code = (await host.locator('p.code').textContent())!.trim();
		expect(code).toMatch(/^[ACDEFHJKMNPRTUVWXY3479]{6}$/);

		const [sao, hoa, dong] = [
			await team(browser, code, 'Sao Mai'),
			await team(browser, code, 'Hoa Sen'),
			await team(browser, code, 'Đồng Tâm')
		];
		await expect(host.getByRole('heading', { name: '3 đội đã vào' })).toBeVisible();
		await expectNoAxeViolations(host);
		await host.getByRole('button', { name: 'Bắt đầu quý 1' }).click();
		const extend = () => host.getByRole('button', { name: 'Thêm 1 phút' }).click();
		await extend();

		// Quarter 1: every team decides, so it plays at once; one team prices high.
		await decide(sao!, 1);
		await decide(hoa!, 1, 150);
		await expect(host.getByRole('timer')).toContainText('2/3 đội đã quyết định');
		await decide(dong!, 1);
		await quarterOnProjector(host, 2);
		const row = (name: string) => host.locator(`tr[data-team="${name}"]`);
		await expect(row('Sao Mai')).not.toContainText('0 triệu đ');
		const afterOne = await row('Sao Mai').textContent();
		await expect(sao!.getByRole('heading', { name: 'Kết quả của đội sau quý 1' })).toBeVisible();

		// Quarter 2: Đồng Tâm misses the deadline and keeps its decisions, flagged on the board.
		await decide(sao!, 2);
		await decide(hoa!, 2);
		await quarterOnProjector(host, 3);
		await expect(row('Đồng Tâm')).toContainText('giữ quyết định cũ');
		await expect(row('Sao Mai')).not.toHaveText(afterOne!);
		await expect(dong!.getByText('Quý trước đội không kịp quyết định')).toBeVisible();

		// Quarter 3: Sao Mai decides at 120%, its phone reloads, then the server restarts.
		await extend();
		await expectNoAxeViolations(sao!);
		await decide(sao!, 3, 120);
		await expect(sao!.getByText('Đã gửi.')).toBeVisible();
		await sao!.reload();
		await expect(sao!.getByText('Đã gửi.')).toBeVisible();
		await expect(sao!.getByLabel('Mức giá so với giá chuẩn')).toHaveValue('1.2');
		await stopServer(server);
		server = await startServer(PORT, dataDir, { readyPath: '/vao/doi' });
		await expect(host.getByRole('timer')).toContainText('1/3 đội đã quyết định', {
			timeout: 20_000
		});
		await quarterOnProjector(host, 3);
		await expect(sao!.getByText('Đã gửi.')).toBeVisible();
		await decide(hoa!, 3);
		await decide(dong!, 3);

		// Quarter 4, then the debrief and the session's CSV.
		for (const page of [sao!, hoa!, dong!]) await decide(page, 4);
		await expect(host.getByRole('heading', { name: `Tổng kết giải đấu ${code}` })).toBeVisible();
		await expect(host.getByRole('table', { name: 'Giá trị doanh nghiệp theo quý' })).toContainText(
			'Q4'
		);
		await expect(host.getByRole('link', { name: 'Đọc lại' }).first()).toHaveAttribute(
			'href',
			/^\/chuong\//
		);
		await expect(dong!.getByText('Giải đấu đã kết thúc')).toBeVisible();
		await expectNoAxeViolations(host);
		const [download] = await Promise.all([
			host.waitForEvent('download'),
			host.getByRole('button', { name: 'Tải CSV của phiên' }).click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toMatch(/^ma_giai,doi,quy,giu_quyet_dinh_cu,/);
		expect(lines).toHaveLength(1 + 3 * 4);
		expect(lines.filter((l) => l.startsWith(`${code},Đồng Tâm,2,1,`))).toHaveLength(1);
		expect(lines.filter((l) => l.startsWith(`${code},Sao Mai,3,0,`)).join()).toContain(',1.2,');
	} finally {
		await stopServer(server);
		rmSync(dataDir, { recursive: true, force: true });
	}
});
