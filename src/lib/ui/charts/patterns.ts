/**
 * Fills that differ by pattern as well as colour, for viewers who cannot tell two colours
 * apart: the `index`-th pattern in `colour`, see-through, with its marks in the full colour.
 * Index 0 is a plain fill; the others are stripes, dots and hatches.
 */
export function patternFill(colour: string, index: number, see: (c: string) => string) {
	const size = 10;
	const tile = document.createElement('canvas');
	tile.width = tile.height = size;
	const ctx = tile.getContext('2d');
	if (!ctx) return see(colour);
	ctx.fillStyle = see(colour);
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = colour;
	ctx.fillStyle = colour;
	ctx.lineWidth = 2;
	const line = (x1: number, y1: number, x2: number, y2: number) => {
		ctx.beginPath();
		ctx.moveTo(x1, y1);
		ctx.lineTo(x2, y2);
		ctx.stroke();
	};
	const marks = [
		() => undefined,
		() => (
			line(0, size, size, 0),
			line(-2, 2, 2, -2),
			line(size - 2, size + 2, size + 2, size - 2)
		),
		() => (ctx.beginPath(), ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2), ctx.fill()),
		() => line(0, size / 2, size, size / 2),
		() => line(size / 2, 0, size / 2, size),
		() => (line(0, 0, size, size), line(0, size, size, 0)),
		() => (line(0, 0, size, size), line(-2, size - 2, 2, size + 2), line(size - 2, -2, size + 2, 2))
	];
	marks[index % marks.length]!();
	return ctx.createPattern(tile, 'repeat') ?? see(colour);
}
