import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRedis } from '../src/lib/live/server/test-redis';
import { startServer, stopServer } from './support/server';
import { expect, test } from './support/fixtures';

// Two `npm start` processes on one real Redis, as behind a load balancer: the lecturer's
// projector on the second, a student's phone on the first, one room.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 11;
const [ONE, TWO] = [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT + 1}`];

test('a student on one server process and the host on another play one room through Redis', async ({
	browser
}) => {
	const redis = await startRedis();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'crm-lab-live-redis-'));
	const servers = await Promise.all(
		[PORT, PORT + 1].map((port) => startServer(port, dataDir, { env: { REDIS_URL: redis.url } }))
	);
	try {
		const host = await (await browser.newContext()).newPage();
		await host.goto(`${TWO}/lop`);
		await host.getByRole('checkbox', { name: /^Chương 1: / }).check();
		await host.getByLabel('5 câu', { exact: true }).check();
		await host.getByRole('button', { name: 'Tạo phòng' }).click();
		const code = (await host.locator('p.code').textContent())!.trim();

		const phone = await (
			await browser.newContext({ viewport: { width: 360, height: 740 } })
		).newPage();
		await phone.goto(`${ONE}/vao?ma=${code}`);
		await phone.getByLabel('Tên hiển thị').fill('Lan');
		await phone.getByRole('button', { name: 'Vào lớp' }).click();
		await expect(phone.getByText('Chờ giảng viên bắt đầu')).toBeVisible();
		await expect(host.getByRole('heading', { name: '1 người đã vào' })).toBeVisible();

		await host.keyboard.press('ArrowRight');
		await expect(phone.getByText('Câu 1/5')).toBeVisible();
		await phone.locator('.option').first().click();
		const send = phone.getByRole('button', { name: 'Gửi', exact: true });
		if (await send.isVisible()) await send.click();
		await expect(phone.getByText('Đã ghi nhận câu trả lời')).toBeVisible();
		await expect(host.getByText('1/1 đã trả lời')).toBeVisible();

		await host.keyboard.press('ArrowRight');
		await expect(phone.getByText(/Chính xác|Chưa đúng/)).toBeVisible();
	} finally {
		await Promise.all(servers.map((server) => stopServer(server, 'SIGTERM')));
		await redis.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
});
