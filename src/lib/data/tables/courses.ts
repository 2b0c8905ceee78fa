import type { Course, CountryCourses, CourseEntry } from '../../../schemas/courses.ts';
import type { CourseFeedback } from '../../../schemas/course-feedback.ts';
import type { LanguageCourse } from '../../../schemas/language-courses.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { checkTable, gap, list, number, text, type TableCell, type TableModel } from '../table.ts';
import { country, countriesOf, countryNote, joinList, local, type ShapeContext } from '../context.ts';
import { formatFigure, formatHours, isNotGiven } from '../figures.ts';

const countOrGap = (value: number | 'not-given', ctx: ShapeContext): TableCell =>
	isNotGiven(value) ? gap(ctx.t('data.gap.not-given')) : number(formatNumber(value, ctx.lang));

/** The attendance a certificate needed in a country, in words ("70 % or 90 %"). */
export function thresholdText(rule: CountryCourses | undefined, ctx: ShapeContext): string {
	if (!rule || isNotGiven(rule.certificateThresholds)) return ctx.t('data.gap.not-given');
	const values = rule.certificateThresholds.map((v) => formatPercent(v, ctx.lang));
	return new Intl.ListFormat(ctx.lang, { type: 'disjunction' }).format(values);
}

/** All courses, grouped by country, with the country's rules in the group heading and notes. */
export function coursesTable(entries: readonly CourseEntry[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	const courses = entries.filter((e): e is Course => e.type === 'course');
	const rules = new Map(entries.filter((e): e is CountryCourses => e.type === 'country').map((e) => [e.country, e]));
	const notes: string[] = [];
	const groups = countriesOf(courses).map((code) => {
		const rule = rules.get(code);
		const providers = joinList([...new Set(courses.filter((c) => c.country === code).map((c) => ctx.partnerName(c.provider)))], ctx);
		if (rule) {
			const name = country(code, ctx);
			if (!isNotGiven(rule.offeredTo)) notes.push(t('data.courses.offeredTo', { country: name, offered: formatFigure(rule.offeredTo, ctx) }));
			notes.push(t('data.courses.threshold', { country: name, threshold: thresholdText(rule, ctx) }), ...(rule.notes ?? []).map((n) => countryNote(code, n, ctx)));
		}
		return {
			header: t('data.courses.group', { country: country(code, ctx), providers }),
			rows: courses
				.filter((c) => c.country === code)
				.map((c) => {
					const name = local(c.name, ctx);
					notes.push(...(c.notes ?? []).map((n) => t('data.note.item', { item: name, note: local(n, ctx) })));
					const hours = formatHours(c.hoursEach, ctx);
					return {
						id: c.id,
						header: c.courses > 1 ? t('data.courses.several', { name, courses: formatNumber(c.courses, ctx.lang) }) : name,
						cells: [
							text(t(`data.courseKind.${c.kind}`)),
							isNotGiven(c.hoursEach) ? gap(hours) : number(c.courses > 1 ? t('data.courses.each', { hours }) : hours),
							isNotGiven(c.format) ? gap(t('data.gap.not-given')) : text(t(`data.format.${c.format}`)),
							countOrGap(c.participants, ctx),
							countOrGap(c.certificates, ctx),
						],
					};
				}),
		};
	});
	return checkTable({
		id: 'courses-table',
		caption: t('data.courses.caption'),
		rowHeader: t('data.courses.rowHeader'),
		columns: [
			{ label: t('data.courses.col.kind') },
			{ label: t('data.courses.col.hours'), numeric: true },
			{ label: t('data.courses.col.format') },
			{ label: t('data.courses.col.participants'), numeric: true },
			{ label: t('data.courses.col.certificates'), numeric: true },
		],
		groups,
		notes,
	});
}

/** Language courses run within WIN, referrals to other organisations, and attendance. */
export function languageCoursesTable(entries: readonly LanguageCourse[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	const item = (label: string, value: string) => t('data.item.labelValue', { label: t(label), value });
	const rows = entries.map((e) => {
		let header: string;
		let items: string[];
		switch (e.type) {
			case 'course':
				header = local(e.name, ctx);
				items = [
					item('data.languageCourses.hours', formatHours(e.hours, ctx)),
					item('data.languageCourses.format', isNotGiven(e.format) ? t('data.gap.not-given') : t(`data.format.${e.format}`)),
					item('data.languageCourses.offeredTo', formatFigure(e.offeredTo, ctx)),
					item('data.languageCourses.participants', formatFigure(e.participants, ctx)),
					item('data.languageCourses.certificates', formatFigure(e.certificates, ctx)),
				];
				break;
			case 'referral':
				header = t('data.languageCourses.referralHeader');
				items = [
					item('data.languageCourses.referred', formatNumber(e.referred, ctx.lang)),
					item('data.languageCourses.participated', isNotGiven(e.participated) ? t('data.gap.not-given') : formatNumber(e.participated, ctx.lang)),
					...(e.organisation ? [item('data.languageCourses.organisation', local(e.organisation, ctx))] : []),
				];
				break;
			case 'attendance':
				header = t('data.languageCourses.attendanceHeader');
				items = [item('data.languageCourses.attended', formatFigure(e.attended, ctx)), ...(e.detail ? [local(e.detail, ctx)] : [])];
				break;
		}
		return {
			id: e.id,
			header,
			cells: [text(country(e.country, ctx)), text(ctx.partnerName(e.provider)), list(items), text(e.section)],
		};
	});
	return checkTable({
		id: 'language-courses-table',
		caption: t('data.languageCourses.caption'),
		rowHeader: t('data.languageCourses.rowHeader'),
		columns: [
			{ label: t('data.col.country') },
			{ label: t('data.col.partner') },
			{ label: t('data.col.figures') },
			{ label: t('data.col.section') },
		],
		groups: [{ rows }],
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => countryNote(e.country, n, ctx))),
	});
}

/** What the women said about the courses: figures where the source has them, words otherwise. */
export function courseFeedbackTable(entries: readonly CourseFeedback[], ctx: ShapeContext): TableModel {
	const { t } = ctx;
	return checkTable({
		id: 'course-feedback-table',
		caption: t('data.courseFeedback.caption'),
		rowHeader: t('data.courseFeedback.rowHeader'),
		columns: [{ label: t('data.col.country') }, { label: t('data.courseFeedback.col.about') }, { label: t('data.courseFeedback.col.result') }, { label: t('data.col.section') }],
		groups: [
			{
				rows: entries.map((e) => ({
					id: e.id,
					header: t(`data.courseFeedback.measure.${e.measure}`),
					cells: [
						text(country(e.country, ctx)),
						text(t(`data.courseFeedback.about.${e.about}`)),
						text(e.figure ? formatFigure(e.figure, ctx) : t(`data.courseFeedback.level.${e.level}`)),
						text(e.section),
					],
				})),
			},
		],
		notes: entries.flatMap((e) => (e.notes ?? []).map((n) => countryNote(e.country, n, ctx))),
	});
}
