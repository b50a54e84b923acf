/** The simulator's texts fill their gaps with the site's one template filler. */
export { fill, gaps } from '$lib/format/template';
