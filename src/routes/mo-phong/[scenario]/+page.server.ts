import { error } from '@sveltejs/kit';
import { getScenario, scenarios } from '$lib/server/scenarios';

export const entries = () => scenarios.map(({ id }) => ({ scenario: id }));

export const load = ({ params }) => {
	const scenario = getScenario(params.scenario);
	if (!scenario) error(404, `Không có tình huống mô phỏng "${params.scenario}".`);
	return { scenario };
};
