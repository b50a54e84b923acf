import { describe, expect, it } from 'vitest';
import { storyOutcome } from './stories';

describe("a tracked customer's quarter in words", () => {
	it.each([
		{ entry: { alive: true, satisfied: true, perceived: 7, expectation: 6 }, says: /^Ở lại$/ },
		{ entry: { alive: false, satisfied: true, perceived: 7, expectation: 6 }, says: /dù hài lòng/ },
		{
			entry: { alive: false, satisfied: false, perceived: 4.25, expectation: 6.5 },
			says: /vì thất vọng: cảm nhận P = 4,3 thấp hơn kỳ vọng E = 6,5\./
		}
	])('$entry → $says', ({ entry, says }) => {
		expect(storyOutcome(entry)).toMatch(says);
	});
});
