import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './support/fixtures';

const coffee = JSON.parse(readFileSync('content/scenarios/coffee.json', 'utf8'));
const saved = () =>
	Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
const pickFile = (page: Page, name: string, content: unknown) =>
	page.getByLabel('Chọn tệp kịch bản (.json)').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content))
	});

test('/mo-phong opens a scenario file: a broken one is refused naming the field, a good one plays in memory', async ({
	page
}) => {
	await page.goto('/mo-phong');
	// A saved game of the same firm id must come through untouched.
	await page.evaluate(() => localStorage.setItem('crm-lab:sim:quan-thu', 'ván đã lưu'));
	const before = await page.evaluate(saved);

	await pickFile(page, 'hong.json', { ...coffee, id: 'quan-thu', budget: 1e308 });
	await expect(page.getByRole('alert')).toHaveText(
		'Không mở được “hong.json”. Trường “budget”: phải là một số lớn hơn 0 và không quá 1e10'
	);
	await pickFile(page, 'khong-phai-json.json', '{"id": ');
	await expect(page.getByRole('alert')).toContainText('Tệp không phải JSON hợp lệ');

	await pickFile(page, 'quan-thu.json', { ...coffee, id: 'quan-thu', name: 'Quán thử nghiệm' });
	await expect(page.getByRole('alert')).toBeHidden();
	await expect(
		page.getByText('Đang chơi kịch bản từ tệp “quan-thu.json”: Quán thử nghiệm')
	).toBeFocused();
	const play = page.getByRole('button', { name: 'Chạy quý' });
	await expect(play).toBeEnabled({ timeout: 15_000 });
	await play.click();
	await expect(page.getByText('Quý 1/16').first()).toBeVisible();
	// A file's game has no address of the site to replay it at: the share button says so.
	await page.getByRole('button', { name: 'Chia sẻ' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'không chia sẻ được' })).toBeVisible();
	await expect(page.getByRole('link', { name: /van=/ })).toHaveCount(0);
	expect(await page.evaluate(saved)).toEqual(before);
});
