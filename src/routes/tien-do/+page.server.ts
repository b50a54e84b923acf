import { bankCards } from '$lib/server/quiz';
import { scenarios } from '$lib/server/scenarios';

export const load = () => ({ banks: bankCards, scenarios });
