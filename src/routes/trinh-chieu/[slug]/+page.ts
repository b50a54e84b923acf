import { withChapterBody } from '$lib/content/components/chapter-body';

export const load = ({ data }) => withChapterBody(data);
