/**
 * Adds up filled surveys into the tables the Results pages show: per question, per country (and
 * per stage for the beneficiary survey), each answer's share with its count beside it. Records
 * come in one at a time (`SurveyTally.addRecord`), so a page can read files one by one and stay
 * responsive; summaries exported earlier (the CSV of {@link SurveyTally.csv}) add in the same way.
 *
 * Only countable answers are added up: fields of the privacy class `aggregate` answered from a
 * fixed list (choice, rating, multichoice, tick box). Identifying and sensitive fields (names,
 * contacts, case codes) and free text never reach a table or an export.
 *
 * Pure: runs in the browser, in the command line tools and in tests.
 */
import { allFields, optionsOf, type Field, type TemplateDefinition, type TemplateRecord } from '../../../templates/schema.ts';
import { attendanceOfRecord } from '../templates/attendance.ts';
import { cellFromCounts, createSurveyTable, surveyCsvColumns, surveyRows, type SurveyColumn, type SurveyScale, type SurveyTable } from './table.ts';
import { toCsv, parseCsvRecords, type CsvValue } from '../data/csv.ts';

/** The templates that are surveys, with an aggregate page. */
export const surveyTemplateIds = ['beneficiary-satisfaction', 'stakeholder-satisfaction', 'course-satisfaction'] as const;
export type SurveyTemplateId = (typeof surveyTemplateIds)[number];
export function isSurveyTemplate(id: string): id is SurveyTemplateId {
	return (surveyTemplateIds as readonly string[]).includes(id);
}

/** The field whose answer is a table's column (the country). */
export const columnField = 'country';
/** The field whose answer splits the forms into separate tables (the survey stage), where a template has it. */
export const tableField = 'stage';
/** The column that adds up every country. */
export const allColumn = 'all';
/** Id of the question worked out from the attendance answers of the course survey. */
export const thresholdQuestion = 'attendance-threshold-met';

/** A question the tables count. */
export interface SurveyQuestion {
	id: string;
	/** the template field it counts; none for a question worked out from other answers */
	field?: Field;
	/** the section of the form it is in (the row group of the table) */
	section: string;
	scale: SurveyScale;
	/** the answers one record gives; undefined when it does not answer */
	answersOf(record: TemplateRecord): string[] | undefined;
}

const countable = (field: Field) =>
	field.privacy === 'aggregate' && (field.kind === 'choice' || field.kind === 'rating' || field.kind === 'multichoice' || field.kind === 'checkbox');

/** The questions of a survey template that the tables count, in the order of the form. */
export function surveyQuestions(def: TemplateDefinition): SurveyQuestion[] {
	const out: SurveyQuestion[] = [];
	for (const section of def.sections) {
		for (const field of section.fields) {
			if (!countable(field) || field.id === columnField || field.id === tableField) continue;
			if (field.kind === 'checkbox') {
				out.push({
					id: field.id,
					field,
					section: section.id,
					scale: { id: 'checkbox', answers: ['yes', 'no'] },
					answersOf: (r) => (typeof r[field.id] === 'boolean' ? [r[field.id] ? 'yes' : 'no'] : undefined),
				});
			} else if (field.kind === 'multichoice') {
				out.push({
					id: field.id,
					field,
					section: section.id,
					scale: { id: 'multichoice', answers: optionsOf(field).map((o) => o.id), multiple: true },
					answersOf: (r) => (Array.isArray(r[field.id]) && (r[field.id] as unknown[]).length ? (r[field.id] as string[]) : undefined),
				});
			} else if (field.kind === 'choice' || field.kind === 'rating') {
				out.push({
					id: field.id,
					field,
					section: section.id,
					scale: { id: field.kind === 'rating' ? field.scale : 'choice', answers: optionsOf(field).map((o) => o.id) },
					answersOf: (r) => (typeof r[field.id] === 'string' ? [r[field.id] as string] : undefined),
				});
			}
			// The course survey stores the three attendance answers; whether the certificate
			// threshold was met is worked out from them, as the form shows it.
			if (field.id === 'certificate-issued' && def.id === 'course-satisfaction') {
				out.push({
					id: thresholdQuestion,
					section: section.id,
					scale: { id: 'checkbox', answers: ['yes', 'no'] },
					answersOf: (r) => {
						try {
							const a = attendanceOfRecord(r);
							return a ? [a.thresholdMet ? 'yes' : 'no'] : undefined;
						} catch {
							return undefined;
						}
					},
				});
			}
		}
	}
	return out;
}

/** The column of a record: its country as an upper-case code (`ES`, as the Results tables use), or the option id. */
export function columnOf(record: TemplateRecord): string | undefined {
	const value = record[columnField];
	if (typeof value !== 'string') return undefined;
	return /^[a-z]{2}$/.test(value) ? value.toUpperCase() : value;
}

interface Bucket {
	respondents: number;
	/** question → how many answered it */
	answered: Map<string, number>;
	/** question → answer → count */
	counts: Map<string, Map<string, number>>;
}

const emptyBucket = (): Bucket => ({ respondents: 0, answered: new Map(), counts: new Map() });

/** Columns of the aggregate CSV: the Results survey CSV's, with the template first and how many answered each question last. */
export const aggregateCsvColumns = ['template', ...surveyCsvColumns, 'answered'] as const;

/** A summary CSV that cannot be added: not this survey's, or changed by hand in a way that makes no sense. */
export class SummaryError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SummaryError';
	}
}

/**
 * The running totals of one survey template.
 */
export class SurveyTally {
	readonly template: TemplateDefinition;
	readonly questions: readonly SurveyQuestion[];
	/** stage ('' when the template has none) → column → totals */
	private readonly buckets = new Map<string, Map<string, Bucket>>();
	/** forms counted, from PDFs and summaries */
	forms = 0;
	readonly hasStages: boolean;

	constructor(template: TemplateDefinition) {
		this.template = template;
		this.questions = surveyQuestions(template);
		this.hasStages = allFields(template).some((f) => f.id === tableField);
	}

	/** The fields a record must answer to be counted: its column, and its stage where the template has stages. */
	requiredFor(record: TemplateRecord): string[] {
		const missing: string[] = [];
		if (columnOf(record) === undefined) missing.push(columnField);
		if (this.hasStages && typeof record[tableField] !== 'string') missing.push(tableField);
		return missing;
	}

	private bucket(stage: string, column: string): Bucket {
		let columns = this.buckets.get(stage);
		if (!columns) this.buckets.set(stage, (columns = new Map()));
		let bucket = columns.get(column);
		if (!bucket) columns.set(column, (bucket = emptyBucket()));
		return bucket;
	}

	/**
	 * Counts one filled survey, in its country's column and in the column of all countries.
	 * @throws Error when the record lacks its country (or stage): check {@link requiredFor} first
	 */
	addRecord(record: TemplateRecord): void {
		const missing = this.requiredFor(record);
		if (missing.length) throw new Error(`A ${this.template.id} record without ${missing.join(' and ')} cannot be counted`);
		const stage = this.hasStages ? String(record[tableField]) : '';
		const buckets = [this.bucket(stage, columnOf(record)!), this.bucket(stage, allColumn)];
		for (const bucket of buckets) bucket.respondents++;
		for (const question of this.questions) {
			const answers = question.answersOf(record)?.filter((a) => question.scale.answers.includes(a));
			if (!answers?.length) continue;
			for (const bucket of buckets) {
				bucket.answered.set(question.id, (bucket.answered.get(question.id) ?? 0) + 1);
				let counts = bucket.counts.get(question.id);
				if (!counts) bucket.counts.set(question.id, (counts = new Map()));
				for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
			}
		}
		this.forms++;
	}

	/** The stages present, in the template's order ('' for a template without stages). */
	stages(): string[] {
		const order = this.hasStages ? (allFields(this.template).find((f) => f.id === tableField) as Extract<Field, { kind: 'choice' }>).options.map((o) => o.id) : [''];
		return order.filter((s) => this.buckets.has(s));
	}

	/** The columns of a stage: countries in the form's order, then all countries together when there is more than one. */
	private columns(stage: string): string[] {
		const present = this.buckets.get(stage) ?? new Map<string, Bucket>();
		const country = allFields(this.template).find((f) => f.id === columnField) as Extract<Field, { kind: 'choice' }>;
		const order = country.options.map((o) => columnOf({ [columnField]: o.id })!);
		const own = [...present.keys()].filter((c) => c !== allColumn).sort((a, b) => {
			const ia = order.indexOf(a);
			const ib = order.indexOf(b);
			return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b);
		});
		return own.length > 1 ? [...own, allColumn] : own;
	}

	/**
	 * The tables: one per stage (or one), questions as rows, countries as columns, each cell the
	 * shares of the answers with their counts. A question nobody in a column answered is a gap.
	 * @param decimals decimals of the shares
	 */
	tables(decimals = 1): SurveyTable<string>[] {
		const scales = Object.fromEntries(this.questions.map((q) => [q.id, q.scale]));
		return this.stages().map((stage) => {
			const columns: SurveyColumn[] = this.columns(stage).map((id) => ({ id, respondents: this.buckets.get(stage)!.get(id)!.respondents }));
			return createSurveyTable<string>({
				...(stage && { stage: stage as 'halfway' | 'end' }),
				questions: this.questions.map((q) => q.id),
				scales,
				columns,
				cell: (question, column) => {
					const bucket = this.buckets.get(stage)!.get(column.id)!;
					const scale = scales[question]!;
					return cellFromCounts(question, Object.fromEntries(bucket.counts.get(question) ?? []), decimals, { ...scale, answered: bucket.answered.get(question) ?? 0 });
				},
			});
		});
	}

	/** How many in a column answered a question (for the CSV and for questions with several answers). */
	answered(stage: string, column: string, question: string): number {
		return this.buckets.get(stage)?.get(column)?.answered.get(question) ?? 0;
	}

	/** The summary as CSV rows: the Results survey CSV's rows, with the template and how many answered. Never a name, a case code or free text. */
	csvRows(decimals = 1): Record<(typeof aggregateCsvColumns)[number], CsvValue>[] {
		return this.tables(decimals).flatMap((table) =>
			surveyRows(table).map((row) => ({
				template: this.template.id,
				...Object.fromEntries(surveyCsvColumns.map((c) => [c, row[c] ?? null])),
				answered: this.answered(table.stage ?? '', String(row.column), String(row.question)),
			}) as Record<(typeof aggregateCsvColumns)[number], CsvValue>),
		);
	}

	/** The summary as a CSV file (with a byte order mark, so spreadsheet programs read every letter). */
	csv(decimals = 1): string {
		return toCsv(aggregateCsvColumns, this.csvRows(decimals), { bom: true });
	}

	/**
	 * Adds a summary exported earlier by {@link csv}: its counts join the totals, country by
	 * country (the column of all countries is worked out again).
	 * @returns the number of forms it summarises
	 * @throws SummaryError when it is not a summary of this survey
	 */
	addSummaryCsv(text: string): number {
		let parsed: ReturnType<typeof parseCsvRecords>;
		try {
			parsed = parseCsvRecords(text);
		} catch (error) {
			throw new SummaryError(error instanceof Error ? error.message : String(error));
		}
		const { columns, rows } = parsed;
		if (columns.join(',') !== aggregateCsvColumns.join(',')) throw new SummaryError(`not a survey summary: expected the columns ${aggregateCsvColumns.join(', ')}`);
		const wrong = rows.find((r) => r.template !== this.template.id);
		if (wrong) throw new SummaryError(`a summary of "${wrong.template}", not of "${this.template.id}"`);
		const byId = new Map(this.questions.map((q) => [q.id, q]));
		const stages = this.hasStages ? (allFields(this.template).find((f) => f.id === tableField) as Extract<Field, { kind: 'choice' }>).options.map((o) => o.id) : [''];
		const whole = (text: string, what: string) => {
			const n = Number(text);
			if (!Number.isInteger(n) || n < 0) throw new SummaryError(`${what} must be a whole number; got "${text}"`);
			return n;
		};
		// Read everything first, so a bad row adds nothing.
		const add = new Map<string, { stage: string; column: string; respondents: number; answered: Map<string, number>; counts: Map<string, Map<string, number>> }>();
		for (const row of rows) {
			if (row.column === allColumn) continue;
			const stage = row.stage ?? '';
			if (!stages.includes(stage)) throw new SummaryError(`unknown stage "${stage}"`);
			const question = byId.get(row.question!);
			if (!question) throw new SummaryError(`unknown question "${row.question}"`);
			const key = `${stage}|${row.column}`;
			let entry = add.get(key);
			const respondents = whole(row.respondents!, 'respondents');
			if (!entry) add.set(key, (entry = { stage, column: row.column!, respondents, answered: new Map(), counts: new Map() }));
			else if (entry.respondents !== respondents) throw new SummaryError(`column "${row.column}" gives two numbers of respondents`);
			entry.answered.set(question.id, whole(row.answered!, 'answered'));
			if (row.row_type === 'answer') {
				if (!question.scale.answers.includes(row.answer!)) throw new SummaryError(`question "${question.id}" has no answer "${row.answer}"`);
				let counts = entry.counts.get(question.id);
				if (!counts) entry.counts.set(question.id, (counts = new Map()));
				counts.set(row.answer!, whole(row.count!, 'count'));
			} else if (row.row_type !== 'gap') throw new SummaryError(`unknown row type "${row.row_type}"`);
		}
		let forms = 0;
		for (const entry of add.values()) {
			for (const bucket of [this.bucket(entry.stage, entry.column), this.bucket(entry.stage, allColumn)]) {
				bucket.respondents += entry.respondents;
				for (const [q, n] of entry.answered) bucket.answered.set(q, (bucket.answered.get(q) ?? 0) + n);
				for (const [q, counts] of entry.counts) {
					let into = bucket.counts.get(q);
					if (!into) bucket.counts.set(q, (into = new Map()));
					for (const [a, n] of counts) into.set(a, (into.get(a) ?? 0) + n);
				}
			}
			forms += entry.respondents;
		}
		this.forms += forms;
		return forms;
	}
}
