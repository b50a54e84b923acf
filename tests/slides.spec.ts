import { readdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { expect, test, type Page } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const SLUGS = readdirSync('content/chapters')
	.map((file) => /^\d\d-(.+)\.md$/.exec(file)?.[1])
	.filter((slug): slug is string => Boolean(slug));
const WRITTEN = '/trinh-chieu/tong-quan-crm';
const number = (page: Page) => page.locator('.bar .number');

test.use({ viewport: { width: 1920, height: 1080 } });

/** Opens a deck and waits until reveal.js has started it. */
async function openDeck(page: Page, path: string) {
	await page.goto(path);
	await expect(number(page)).toHaveText(/^Trang 1\/\d+$/);
	await expect(page.locator('.reveal.ready')).toBeVisible();
	return Number((await number(page).textContent())!.split('/')[1]);
}

/**
 * The smallest widget text, in screen pixels at 1920×1080, that every widget slide keeps. The
 * calculators (several fields over a table) still come out at 10–13 px: they need a layout of
 * their own for a slide. The exercises show one item at a time and reach 18–24 px.
 */
const WIDGET_TEXT_PX = 9.5;

/**
 * Steps through every slide with the deck's "Sau" button, inside the page (one round trip per
 * deck), and lists what is wrong on each: more or less than one slide shown, anything of the
 * deck shown outside it (a widget left on top of later slides), its widget not shown, no title,
 * body text under 32 px on a text slide, anything over the slide's 16:9 frame (inside its
 * padding), and on a widget slide a control the pointer does not reach. A lazily loaded widget
 * is waited for before moving on, so a later slide would show it; a widget slide is left and
 * shown again first (reveal.js restyles a slide holding a <section> when it comes back).
 * Also returns the smallest text of each widget slide, in screen pixels.
 */
const stepThrough = (page: Page) =>
	page.evaluate(async () => {
		const visible = (el: Element) =>
			el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const slides = document.querySelector<HTMLElement>('.reveal .slides')!;
		const button = (name: string) =>
			[...document.querySelectorAll<HTMLButtonElement>('.bar button')].find(
				(b) => b.textContent === name
			)!;
		const [next, previous] = [button('Sau'), button('Trước')];
		const scale = slides.getBoundingClientRect().width / 1920;
		const textSizes = (els: Element[]) =>
			els
				.filter(
					(el) =>
						visible(el) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
				)
				.map((el) => parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom * scale);
		const problems: string[] = [];
		const widgetText: { slide: number; title: string; px: number }[] = [];
		let widgets = 0;
		for (let i = 1; ; i++) {
			let present = slides.querySelector<HTMLElement>(':scope > section.present');
			for (let t = 0; present?.querySelector('.widget.waiting') && t < 600; t++) await frame();
			if (present?.querySelector('.widget') && i > 1) {
				previous.click();
				next.click();
				await frame();
				present = slides.querySelector<HTMLElement>(':scope > section.present');
			}
			await frame();
			for (const el of [...slides.children].filter(visible))
				if (el !== present) problems.push(`slide ${i}: also shown: ${el.outerHTML.slice(0, 80)}`);
			if (!present) {
				problems.push(`slide ${i}: no slide shown`);
				return { slides: i, widgets, problems, widgetText };
			}
			const title = present.querySelector('h2')?.textContent ?? '';
			if (!title) problems.push(`slide ${i}: no title`);
			const style = getComputedStyle(present);
			const box = present.getBoundingClientRect();
			const limit = {
				right: box.right - parseFloat(style.paddingRight) * scale + 1,
				bottom: box.bottom - parseFloat(style.paddingBottom) * scale + 1
			};
			const over = [...present.querySelectorAll('*')].find((el) => {
				const r = el.getBoundingClientRect();
				return visible(el) && r.height > 0 && (r.bottom > limit.bottom || r.right > limit.right);
			});
			if (over)
				problems.push(`slide ${i} (${title}): over its frame: ${over.outerHTML.slice(0, 80)}`);
			const widget = present.querySelector('.widget');
			if (!widget) {
				const small = Math.min(...textSizes([...present.querySelectorAll('p, li, td, th')]));
				if (small < 32) problems.push(`slide ${i} (${title}): text at ${small.toFixed(1)} px`);
			}
			for (const w of present.querySelectorAll('.widget')) {
				widgets++;
				if (!visible(w) || w.matches('.waiting'))
					problems.push(`slide ${i}: its widget is not shown: ${w.outerHTML.slice(0, 120)}`);
				widgetText.push({
					slide: i,
					title,
					px: Math.min(...textSizes([...w.querySelectorAll('*')]))
				});
				const control = [...w.querySelectorAll<HTMLElement>('button, select, input')].find(visible);
				const r = control?.getBoundingClientRect();
				const hit = r && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
				if (control && !(hit && control.contains(hit)))
					problems.push(
						`slide ${i} (${title}): the pointer misses ${control.outerHTML.slice(0, 80)}`
					);
			}
			if (next.disabled) return { slides: i, widgets, problems, widgetText };
			next.click();
			await frame();
		}
	});

for (const slug of SLUGS) {
	test(`every slide of ${slug}: only its own content and widget, inside its frame, large text`, async ({
		page
	}) => {
		const count = await openDeck(page, `/trinh-chieu/${slug}`);
		const { slides, problems, widgetText } = await stepThrough(page);
		expect(problems).toEqual([]);
		expect(slides).toBe(count);
		expect(widgetText.filter((w) => w.px < WIDGET_TEXT_PX)).toEqual([]);
		for (const w of widgetText)
			test.info().annotations.push({
				type: 'widget text',
				description: `${w.slide} ${w.title}: ${w.px.toFixed(1)} px`
			});
	});
}

test('a written deck at 1920×1080: no site header, a bar that hides, clicker keys, quiz and QR slides', async ({
	page,
	context,
	baseURL
}) => {
	const count = await openDeck(page, WRITTEN);
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.reveal .progress')).toBeVisible();
	const bar = page.getByRole('navigation', { name: 'Điều khiển trình chiếu' });
	await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
	await page.mouse.move(400, 300);
	await expect(bar).toHaveCSS('opacity', '1');

	// clicker keys: Home, PageDown; black screen; overview
	await page.keyboard.press('Home');
	await expect(number(page)).toHaveText(`Trang 1/${count}`);
	await expect(page).toHaveScreenshot('cover-1920.png', { mask: [bar] });
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(number(page)).toHaveText(`Trang 3/${count}`);
	await expect(page).toHaveScreenshot('figure-1920.png', { mask: [bar] });
	await page.keyboard.press('b');
	await expect(page.locator('.reveal.paused')).toHaveCount(1);
	await page.keyboard.press('b');
	await page.keyboard.press('o');
	await expect(page.locator('.reveal.overview')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(page.locator('.reveal.overview')).toHaveCount(0);

	// a quiz slide: the question from the bank, its answer on a key
	while (!(await page.locator('section.present .quiz').count()))
		await page.keyboard.press('ArrowRight');
	const quiz = page.locator('section.present .quiz');
	await expect(quiz.locator('.right')).toHaveCount(0);
	await page.keyboard.press('a');
	await expect(quiz.locator('.right')).toHaveCount(1);
	await expect(quiz.getByRole('status')).toBeVisible();
	await expect(page).toHaveScreenshot('quiz-1920.png', { mask: [bar] });
	// L: the same question, live, in the classroom's host page in a new window
	const id = await page.locator('section.present').getAttribute('data-quiz');
	const [live] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('l')]);
	await expect.poll(() => live.url()).toContain(`/lop?cau=${id}`);
	await live.close();
	await expect(quiz.getByRole('link', { name: 'Chạy trực tiếp (L)' })).toHaveAttribute(
		'href',
		`/lop?cau=${id}`
	);
	await expectNoAxeViolations(page);

	// Q: the student page of this slide's section, as a QR code that decodes to it
	await page.keyboard.press('q');
	const dialog = page.getByRole('dialog', { name: 'Mã QR cho sinh viên' });
	const section = await page.locator('section.present').getAttribute('data-section');
	const expected = `${baseURL}/chuong/tong-quan-crm#${section}`;
	await expect(dialog).toContainText(expected.replace(/^https?:\/\//, ''));
	const canvas = dialog.locator('canvas');
	await expect
		.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
		.toBeGreaterThan(1000);
	const image = await canvas.evaluate((c: HTMLCanvasElement) => {
		const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
		return { data: [...data], width, height };
	});
	expect(jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data).toBe(expected);

	// the student page keeps the prose and shows no slide block
	await page.goto('/chuong/tong-quan-crm');
	await expect(page.getByRole('heading', { name: 'Câu hỏi ôn tập', exact: true })).toBeVisible();
	await expect(page.getByText('Thảo luận theo nhóm, 5 phút')).toHaveCount(0);
});

test('reveal.js print view: a PDF of one 16:9 page per slide', async ({ page }) => {
	await page.goto(`${WRITTEN}?print-pdf`);
	// reveal.js lays the print pages out once the deck has started: count the slides then
	await expect(page.locator('.reveal .pdf-page').first()).toBeAttached();
	const slides = await page.locator('.reveal .slides section.slide').count();
	expect(slides).toBeGreaterThan(1);
	await expect(page.locator('.reveal .pdf-page')).toHaveCount(slides);
	await expect(page.locator('.bar')).toBeHidden();
	const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
		'latin1'
	);
	expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(slides);
	// 1920 × 1080 px in points
	expect(pdf).toContain('/MediaBox [0 0 1440 810]');
});

test('the presenter window: current and next slide, notes, timer, both windows in step', async ({
	page,
	context
}) => {
	const count = await openDeck(page, WRITTEN);
	await page.mouse.move(300, 300);
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Khung người trình bày' }).click()
	]);
	await presenter.setViewportSize({ width: 1920, height: 1080 });
	const panel = presenter.getByRole('complementary', { name: 'Khung người trình bày' });
	await expect(panel.getByTestId('slide-number')).toHaveText(`1/${count}`);
	await expect(panel.getByTestId('elapsed')).not.toHaveText('00:00', { timeout: 5000 });

	await page.keyboard.press('ArrowRight');
	await expect(panel.getByTestId('slide-number')).toHaveText(`2/${count}`);
	await expect(number(presenter)).toHaveText(`Trang 2/${count}`);
	await expect(panel.locator('.notes-text')).toContainText('Hỏi lớp:');
	await expect(panel.locator('.notes-text')).toContainText('Lỗi hay gặp:');
	const nextTitle = await page.evaluate(
		() => document.querySelector('section.present + section h2')?.textContent
	);
	await expect(panel.locator('.preview h2')).toHaveText(nextTitle!);
	await expect(page.locator('.speaker-notes:visible')).toHaveCount(0);

	// and the other way: the presenter moves the room's slides
	await presenter.keyboard.press('ArrowRight');
	await expect(number(page)).toHaveText(`Trang 3/${count}`);
	await expectNoAxeViolations(presenter);
});
