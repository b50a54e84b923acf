/** The longest nickname, in characters (code points), after normalisation. */
export const NICKNAME_MAX = 20;

// Control and format characters (zero-width, bidirectional overrides, soft hyphen):
// invisible, and a bidi override can make a nickname read as something else.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * A nickname as it is stored and shown: NFC (Vietnamese typed with combining marks
 * becomes the precomposed letters), runs of spaces (tabs, new lines) made one space,
 * invisible characters removed. Null when nothing is left or it is longer than NICKNAME_MAX.
 */
export function normaliseNickname(input: string): string | null {
	const name = input
		.normalize('NFC')
		.replace(/\s+/g, ' ')
		.replace(INVISIBLE, '')
		.replace(/ +/g, ' ')
		.trim();
	const length = [...name].length;
	return length === 0 || length > NICKNAME_MAX ? null : name;
}

/**
 * Two nicknames are the same seat name when they differ only by case ("lan" and "Lan");
 * accents make different names in Vietnamese ("Lan" and "Lân" are two people).
 */
export function nicknameKey(nickname: string): string {
	return nickname.toLocaleLowerCase('vi');
}
