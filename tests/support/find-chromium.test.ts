import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

const existing =
	(...files: string[]) =>
	(file: string) =>
		files.includes(file);

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH', () => {
		expect(
			findChromium(
				{ CHROMIUM_PATH: '/opt/c' },
				existing('/opt/c', '/usr/bin/chromium'),
				() => '/pw'
			)
		).toBe('/opt/c');
	});

	it('refuses a CHROMIUM_PATH that points nowhere', () => {
		expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, existing(), () => undefined)).toThrow(
			'CHROMIUM_PATH is set to "/nope"'
		);
	});

	it("then takes Playwright's own browser, then the system's", () => {
		expect(findChromium({}, existing('/pw', '/usr/bin/chromium'), () => '/pw')).toBe('/pw');
		expect(findChromium({}, existing('/usr/bin/chromium'), () => '/pw')).toBe('/usr/bin/chromium');
	});

	it('says how to install one when there is none', () => {
		expect(() => findChromium({}, existing(), () => '/pw')).toThrow('apt-get install -y chromium');
	});
});
