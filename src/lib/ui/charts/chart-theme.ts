/**
 * Colours for charts from the site's CSS custom properties. They are written with
 * light-dark(), which only the browser resolves: a hidden probe element reports the
 * computed rgb() value for the current theme.
 */
export function themeColours(host: Element) {
	const probe = document.createElement('span');
	probe.style.display = 'none';
	host.append(probe);
	const read = (name: string) => {
		probe.style.color = `var(${name})`;
		return getComputedStyle(probe).color;
	};
	const colours = {
		text: read('--text'),
		muted: read('--text-muted'),
		grid: read('--border'),
		accent: read('--accent'),
		accentSoft: read('--accent-soft'),
		danger: read('--danger'),
		warn: read('--warn'),
		focus: read('--focus'),
		/** Not a colour: the site's font, which the canvas does not inherit. */
		font: getComputedStyle(host).fontFamily
	};
	probe.remove();
	return colours;
}

/**
 * Colours for series that must be told apart (the seven relationship stages): the
 * Okabe–Ito palette, chosen to stay distinct for the common kinds of colour blindness,
 * ordered so that neighbouring bands of a stacked chart differ in lightness too.
 */
export const CATEGORY_COLOURS = [
	'rgb(204, 121, 167)',
	'rgb(230, 159, 0)',
	'rgb(240, 228, 66)',
	'rgb(86, 180, 233)',
	'rgb(0, 114, 178)',
	'rgb(0, 158, 115)',
	'rgb(213, 94, 0)'
];

/** Point markers, one per series, so that lines differ by shape as well as colour. */
export const MARKERS = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'rectRounded'];

/** "rgb(15, 107, 92)" → "rgba(15, 107, 92, 0.4)": a see-through fill for canvas. */
export function withAlpha(rgb: string, alpha: number): string {
	const parts = rgb.match(/[\d.]+/g);
	if (!parts || parts.length < 3) return rgb;
	return `rgba(${parts[0]}, ${parts[1]}, ${parts[2]}, ${alpha})`;
}
