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
		focus: read('--focus')
	};
	probe.remove();
	return colours;
}

/** "rgb(15, 107, 92)" → "rgba(15, 107, 92, 0.4)": a see-through fill for canvas. */
export function withAlpha(rgb: string, alpha: number): string {
	const parts = rgb.match(/[\d.]+/g);
	if (!parts || parts.length < 3) return rgb;
	return `rgba(${parts[0]}, ${parts[1]}, ${parts[2]}, ${alpha})`;
}
