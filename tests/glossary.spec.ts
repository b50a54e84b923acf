import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

type Term = { id: string; term: string; english: string; definition: string };
const glossary: Term[] = JSON.parse(readFileSync('content/glossary.json', 'utf8')).terms;
const clv = glossary.find((t) => /vòng đời/.test(t.term));

test('the glossary lists every term and filters as the learner types, with or without diacritics', async ({
	page
}) => {
	await page.goto('/thuat-ngu');
	await expect(page.getByRole('heading', { level: 1, name: 'Thuật ngữ' })).toBeVisible();
	const entries = page.locator('.terms .entry');
	await expect(entries).toHaveCount(glossary.length);
	expect(glossary.length).toBeGreaterThanOrEqual(80);

	const filter = page.getByRole('searchbox', { name: 'Tìm thuật ngữ' });
	await filter.fill('vong doi');
	await expect(page.locator('#glossary-count')).toContainText('thuật ngữ khớp');
	const count = await entries.count();
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThan(glossary.length);
	await expect(entries.first()).toContainText(clv!.term);

	await filter.fill('zzzz');
	await expect(entries).toHaveCount(0);
	await expect(page.locator('#glossary-count')).toHaveText('Không có thuật ngữ nào khớp.');

	await filter.fill('');
	await expect(entries).toHaveCount(glossary.length);
});

test('a glossary entry links to the section that teaches it', async ({ page }) => {
	await page.goto(`/thuat-ngu#${clv!.id}`);
	const entry = page.locator(`#${clv!.id}`);
	await expect(entry).toContainText(clv!.definition);
	await entry.getByRole('link').click();
	await expect(page).toHaveURL(/\/chuong\/[a-z0-9-]+#[a-z0-9-]+$/);
	const id = new URL(page.url()).hash;
	await expect(page.locator(id)).toBeInViewport();
});

test('a key term in a chapter opens its definition in a popover, by mouse and by keyboard', async ({
	page
}) => {
	await page.goto('/chuong/gia-tri-va-su-thoa-man');
	const term = page.locator('.prose button.term').first();
	const popoverId = (await term.getAttribute('popovertarget')) ?? '';
	const entry = glossary.find((t) => `thuat-ngu-${t.id}` === popoverId)!;
	expect(entry).toBeDefined();
	const popover = page.locator(`#${popoverId}`);
	await expect(popover).toBeHidden();

	await term.click();
	await expect(popover).toBeVisible();
	await expect(popover).toContainText(entry.definition);
	await expect(popover).toContainText(entry.english);
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();

	await term.focus();
	await page.keyboard.press('Enter');
	await expect(popover).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	await expect(term).toBeFocused();
});
