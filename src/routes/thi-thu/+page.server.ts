import { bankCards } from '$lib/server/quiz';

export const load = () => ({ banks: bankCards });
