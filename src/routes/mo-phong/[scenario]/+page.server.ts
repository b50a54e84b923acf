import { error } from '@sveltejs/kit';
import { getScenario, scenarios } from '$lib/server/scenarios';
import { checkSimulatorTexts } from '$lib/simulation/present/text/check';

// Every text the simulator shows is checked when the pages are built, including those the
// browser loads later: a broken file stops the build, naming the file and field.
checkSimulatorTexts(
	import.meta.glob('/content/simulator/*.json', { eager: true, import: 'default' })
);

export const entries = () => scenarios.map(({ id }) => ({ scenario: id }));

export const load = ({ params }) => {
	const scenario = getScenario(params.scenario);
	if (!scenario) error(404, `Không có tình huống mô phỏng "${params.scenario}".`);
	return { scenario };
};
