/**
 * Whether a widget is shown on a projected slide (/trinh-chieu) rather than the chapter page.
 * The deck sets it; a widget too tall for a slide reads it to show less at once (one item of
 * an exercise at a time), so the deck can zoom it to a size the room can read.
 */
import { createContext } from 'svelte';

const [get, set, has] = createContext<boolean>();

/** Called by the deck while it initialises: every widget inside it is on a slide. */
export const setOnSlide = () => set(true);

/** Called by a widget while it initialises. */
export const isOnSlide = () => has() && get();
