import { chapterBody } from '$lib/islands/static-chapter';

export const load = ({ data }) => chapterBody(data);
