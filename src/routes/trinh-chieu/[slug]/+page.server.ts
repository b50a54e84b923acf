import { error } from '@sveltejs/kit';
import { chapterEntries, chapterPage } from '$lib/server/content';
import { banks } from '$lib/server/quiz';
import { quizIdsIn, toSlideQuestion, type SlideQuestion } from '$lib/slides/core/quiz-slide';

export const entries = chapterEntries;

const sources = import.meta.glob<string>('/content/chapters/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

export const load = ({ params }) => {
	const page = chapterPage(params.slug) ?? error(404, `Không có chương "${params.slug}".`);
	const bank = banks.find((b) => b.chapter === params.slug);
	const questions: Record<string, SlideQuestion> = {};
	for (const id of quizIdsIn(sources[page.chapter.file] ?? '')) {
		const question = bank?.questions.find((q) => q.id === id);
		const slide = question && toSlideQuestion(question);
		if (slide) questions[id] = slide;
	}
	return { ...page, questions };
};
