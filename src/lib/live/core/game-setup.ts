/** A class game lasts 1 to this many quarters (a lecture: usually 3 to 6). */
export const GAME_QUARTERS = { min: 1, max: 20, default: 4 } as const;
export const GAME_SECONDS = { min: 10, max: 300, default: 60 } as const;

/** What the lecturer sets before the class plays: the firm, its length, the first moves. */
export type GameSetup = {
	scenario: string;
	quarters: number;
	seconds: number;
	seed: number;
	moves?: string[];
};
