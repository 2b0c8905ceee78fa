/**
 * The CSV form of each dataset: stable column names (English ids), one row per observation,
 * numbers as numbers, gaps as empty cells with a `status` saying why (`not-given`, `not-asked`, …),
 * never 0. Free text comes in every language (`*_en`, `*_it`, `*_es`, `*_bg`); labels of ids in
 * English (`label_en`).
 */
import type { DatasetId } from '../../schemas/dataset.ts';
import type { DatasetEntries } from '../../schemas/datasets.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { Figure, NotGiven } from '../../schemas/figures.ts';
import { languages } from '../../config/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import { countryName } from '../i18n/format.ts';
import type { CsvValue } from './csv.ts';
import { figureColumns, isNotGiven } from './figures.ts';
import { satisfactionRows } from './satisfaction.ts';

export interface CsvTable {
	columns: readonly string[];
	rows: Record<string, CsvValue>[];
}

const figureCols = ['count', 'of', 'share', 'wording', 'status'] as const;
const localCols = (prefix: string) => languages.map((l) => `${prefix}_${l}`);
const localValues = (prefix: string, value: LocalizedText | undefined) =>
	Object.fromEntries(languages.map((l) => [`${prefix}_${l}`, value?.[l] ?? null]));
const notesEn = (notes: readonly LocalizedText[] | undefined) => (notes?.length ? notes.map((n) => n.en).join(' ') : null);
const orGap = (value: number | string | NotGiven) => (isNotGiven(value) ? { value: null, status: 'not-given' } : { value, status: 'reported' });
const fig = (f: Figure | NotGiven) => figureColumns(f);

type Exporter<K extends DatasetId> = (entries: DatasetEntries[K], t: Translate) => CsvTable;

const exporters: { [K in DatasetId]: Exporter<K> } = {
	'assessment-profile': (entries, t) => {
		const columns = ['country', 'measure', 'category', 'label_en', 'value', 'unit', 'status', 'qualifier', 'qualifier_share'];
		const rows: Record<string, CsvValue>[] = [];
		for (const e of entries) {
			const add = (measure: string, category: string | null, label: string | null, value: number | null, unit: string, extra: Record<string, CsvValue> = {}) =>
				rows.push({ country: e.country, measure, category, label_en: label, value, unit, status: value === null ? 'not-given' : 'reported', ...extra });
			add('women-assessed', null, null, e.womenAssessed, 'women');
			add('beneficiaries-engaged', null, null, e.beneficiariesEngaged, 'women');
			for (const o of e.origins) add('origin', o.country, countryName(o.country, 'en'), o.share, 'percent', o.sourceSpelling ? { qualifier: `source-spelling:${o.sourceSpelling}` } : {});
			add('age', 'min', null, e.age.min, 'years');
			add('age', 'max', null, e.age.max, 'years');
			add('age', 'mean', null, e.age.mean, 'years');
			for (const x of e.education) {
				add('education', x.level, t(`data.education.${x.level}`), x.share, 'percent', x.completion ? { qualifier: x.completion.kind, qualifier_share: x.completion.kind === 'share-not-completed' ? x.completion.share : null } : {});
			}
			for (const x of e.workExperience) add('work-experience', x.category, t(`data.experience.${x.category}`), x.share, 'percent');
			for (const x of e.languageLevel) add('language-level', x.level, t(`data.languageLevel.${x.level}`), x.share, 'percent');
			for (const x of e.jobSituation) add('job-situation', x.situation, t(`data.jobSituation.${x.situation}`), x.share, 'percent');
			for (const j of e.desiredJobs) add('desired-job', j.id, j.label.en, j.count ?? null, 'women');
		}
		return { columns, rows };
	},
	'pip-summary': (entries) => ({
		columns: ['country', 'part', 'position', ...localCols('text')],
		rows: entries.flatMap((e) =>
			(['needs', 'objectives', 'plan'] as const).flatMap((part) => e[part].map((p, i) => ({ country: e.country, part, position: i + 1, ...localValues('text', p) }))),
		),
	}),
	courses: (entries) => {
		const rules = new Map(entries.flatMap((e) => (e.type === 'country' ? [[e.country, e] as const] : [])));
		return {
			columns: ['country', 'course_id', 'provider', ...localCols('name'), 'kind', 'courses', 'hours_each', 'hours_status', 'format', 'format_status', 'participants', 'participants_status', 'certificates', 'certificates_status', 'certificate_min_attendance_percent', 'certificate_rule_status', 'section', 'notes_en'],
			rows: entries.flatMap((e) => {
				if (e.type !== 'course') return [];
				const rule = rules.get(e.country);
				const hours = orGap(e.hoursEach);
				const format = orGap(e.format);
				const participants = orGap(e.participants);
				const certificates = orGap(e.certificates);
				const thresholds = !rule || isNotGiven(rule.certificateThresholds) ? null : rule.certificateThresholds.join(';');
				return [
					{
						country: e.country,
						course_id: e.id,
						provider: e.provider,
						...localValues('name', e.name),
						kind: e.kind,
						courses: e.courses,
						hours_each: hours.value,
						hours_status: hours.status,
						format: format.value,
						format_status: format.status,
						participants: participants.value,
						participants_status: participants.status,
						certificates: certificates.value,
						certificates_status: certificates.status,
						certificate_min_attendance_percent: thresholds,
						certificate_rule_status: thresholds === null ? 'not-given' : 'reported',
						section: e.section,
						notes_en: notesEn(e.notes),
					},
				];
			}),
		};
	},
	'course-feedback': (entries) => ({
		columns: ['country', 'entry_id', 'about', 'measure', ...figureCols, 'level', 'section', 'notes_en'],
		rows: entries.map((e) => ({
			country: e.country,
			entry_id: e.id,
			about: e.about,
			measure: e.measure,
			...(e.figure ? fig(e.figure) : { count: null, of: null, share: null, wording: null, status: 'words-only' }),
			level: e.level ?? null,
			section: e.section,
			notes_en: notesEn(e.notes),
		})),
	}),
	'language-courses': (entries) => {
		const columns = ['country', 'entry_id', 'type', 'provider', 'name_en', 'hours', 'format', 'measure', ...figureCols, 'organisation_en', 'section', 'notes_en'];
		const rows: Record<string, CsvValue>[] = [];
		for (const e of entries) {
			const base = { country: e.country, entry_id: e.id, type: e.type, provider: e.provider, section: e.section, notes_en: notesEn(e.notes) };
			if (e.type === 'course') {
				const common = { ...base, name_en: e.name.en, hours: isNotGiven(e.hours) ? null : e.hours, format: isNotGiven(e.format) ? null : e.format };
				rows.push({ ...common, measure: 'offered-to', ...fig(e.offeredTo) });
				rows.push({ ...common, measure: 'participants', ...fig(e.participants) });
				rows.push({ ...common, measure: 'certificates-among-participants', ...fig(e.certificates) });
			} else if (e.type === 'referral') {
				const common = { ...base, organisation_en: e.organisation?.en ?? null };
				rows.push({ ...common, measure: 'referred', ...fig({ count: e.referred }) });
				rows.push({ ...common, measure: 'participated', ...fig(isNotGiven(e.participated) ? e.participated : { count: e.participated }) });
			} else {
				rows.push({ ...base, measure: 'attended', ...fig(e.attended) });
			}
		}
		return { columns, rows };
	},
	'employment-outcomes': (entries) => ({
		columns: ['country', 'entry_id', 'type', 'period', 'measure', 'role_en', 'kind', ...figureCols, 'paid', 'months_min', 'months_max', 'monitoring_every_days', 'monitoring_channels', 'section', 'notes_en'],
		rows: entries.map((e) => {
			const base = { country: e.country, entry_id: e.id, type: e.type, section: e.section, notes_en: notesEn(e.notes) };
			switch (e.type) {
				case 'outcome':
					return { ...base, period: e.period, measure: e.measure, ...fig(e.figure) };
				case 'placement':
					return { ...base, measure: 'women-in-post', role_en: e.role.en, kind: e.kind, ...fig({ count: e.count }) };
				case 'internships':
					return {
						...base,
						measure: 'internships-organised',
						...fig({ count: e.organised }),
						paid: e.paid,
						months_min: e.months.min,
						months_max: e.months.max,
						monitoring_every_days: e.monitoringEveryDays,
						monitoring_channels: e.monitoringChannels.join(';'),
					};
			}
		}),
	}),
	support: (entries) => ({
		columns: ['country', 'entry_id', 'provider', 'service', 'measure', ...figureCols, 'section', 'notes_en'],
		rows: entries.map((e) => ({
			country: e.country,
			entry_id: e.id,
			provider: e.provider ?? null,
			service: e.service,
			measure: e.measure,
			...fig(e.figure),
			...(e.measure === 'not-provided' && { status: 'service-not-provided' }),
			section: e.section,
			notes_en: notesEn(e.notes),
		})),
	}),
	'legal-status': (entries) => ({
		columns: ['country', 'entry_id', 'moment', 'topic', 'legal_status', ...figureCols, 'section', 'notes_en'],
		rows: entries.map((e) => ({ country: e.country, entry_id: e.id, moment: e.moment, topic: e.topic, legal_status: e.status, ...fig(e.figure), section: e.section, notes_en: notesEn(e.notes) })),
	}),
	'satisfaction-halfway': (entries) => satisfactionRows('halfway', entries),
	'satisfaction-end': (entries) => satisfactionRows('end', entries),
	'awareness-events': (entries) => {
		const columns = ['event_id', 'country', 'date', 'date_status', 'organisers', 'format', 'format_status', 'duration_hours', 'duration_status', 'participants', 'row_type', 'sector', 'finding', ...figureCols, 'survey_respondents', 'survey_status'];
		const rows: Record<string, CsvValue>[] = [];
		for (const e of entries) {
			const date = orGap(e.date);
			const format = orGap(e.format);
			const duration = orGap(e.durationHours);
			const base = {
				event_id: e.id,
				country: e.country,
				date: date.value,
				date_status: date.status,
				organisers: e.organisers.join(';'),
				format: format.value,
				format_status: format.status,
				duration_hours: duration.value,
				duration_status: duration.status,
				participants: e.participants,
				survey_respondents: isNotGiven(e.survey) ? null : e.survey.respondents,
				survey_status: isNotGiven(e.survey) ? 'not-given' : 'reported',
			};
			for (const s of e.sectors) rows.push({ ...base, row_type: 'sector', sector: s.sector, ...fig({ share: s.share }) });
			if (!isNotGiven(e.survey)) for (const f of e.survey.findings) rows.push({ ...base, row_type: 'survey-finding', finding: f.finding, ...fig(f.figure) });
		}
		return { columns, rows };
	},
	'pip-results': (entries) => ({
		columns: ['country', 'entry_id', 'objective', 'base', 'row_type', 'label_en', ...figureCols, ...localCols('result'), 'section', 'notes_en'],
		rows: entries.flatMap((e): Record<string, CsvValue>[] => {
			const base = { country: e.country, entry_id: e.id, objective: e.objective, base: e.base, ...localValues('result', e.result), section: e.section, notes_en: notesEn(e.notes) };
			if (e.figures.length === 0) return [{ ...base, row_type: 'no-figure', count: null, of: null, share: null, wording: null, status: 'no-figure' }];
			return e.figures.map((f) => ({ ...base, row_type: 'figure', label_en: f.label.en, ...fig(f) }));
		}),
	}),
	beneficiaries: (entries) => ({
		columns: ['country', 'entry_id', 'count', 'kind', 'section', ...localCols('context'), 'notes_en'],
		rows: entries.map((e) => ({ country: e.country, entry_id: e.id, count: e.count, kind: e.kind, section: e.section, ...localValues('context', e.context), notes_en: notesEn(e.notes) })),
	}),
};

/** A dataset as CSV columns and rows. `t` gives the English labels for `label_en` columns. */
export function datasetCsvTable<K extends DatasetId>(id: K, entries: DatasetEntries[K], t: Translate): CsvTable {
	return (exporters[id] as Exporter<K>)(entries, t);
}
