/**
 * Reads files one at a time into a survey's totals, saying what happened to each: counted, a
 * summary added, a duplicate, or skipped and why. The aggregate page and `npm run aggregate`
 * both use it, so a file gets the same verdict in the browser and in a terminal.
 */
import type { TemplateDefinition, TemplateRecord } from '../../../templates/schema.ts';
import { readFilledPdf, PdfReadError, type PdfProblem } from '../pdf/read.ts';
import { normalizeRecord } from '../templates/record.ts';
import { SurveyTally, SummaryError } from './aggregate.ts';

/** Largest file read (PDF or CSV), in bytes; larger files are refused before they are read. */
export const maxFileBytes = 20_000_000;
/** Most files read in one go. */
export const maxFiles = 2000;

/** A file to read: its name, its size (checked before reading it) and its bytes. */
export interface FileSource {
	name: string;
	size: number;
	bytes(): Promise<Uint8Array>;
}

/** Why a file was not counted. */
export type SkipReason = PdfProblem | 'too-big' | 'other-template' | 'incomplete' | 'not-summary';

/** What happened to one file. */
export type FileOutcome =
	| { kind: 'counted'; file: string; lang: string; version: string; dropped: number; sameAnswersAs?: string }
	| { kind: 'summary'; file: string; forms: number }
	| { kind: 'duplicate-file'; file: string; first: string }
	| { kind: 'duplicate-record'; file: string; first: string }
	| { kind: 'skipped'; file: string; reason: SkipReason; templateId?: string; fields?: string[]; detail?: string };

/** SHA-256 of bytes, hex; without Web Crypto (a page served over plain HTTP) a 64-bit FNV-1a hash. */
export async function digest(bytes: Uint8Array): Promise<string> {
	const subtle = globalThis.crypto?.subtle;
	if (subtle) {
		const hash = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
		return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
	}
	let h = 0xcbf29ce484222325n;
	for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
	return h.toString(16).padStart(16, '0');
}

const looksLikeCsv = (name: string, bytes: Uint8Array) => {
	if (/\.csv$/i.test(name)) return true;
	const head = new TextDecoder().decode(bytes.subarray(0, 16)).replace(/^\uFEFF/, '');
	return head.startsWith('template,');
};

/** The survey's totals and the verdict on every file read so far. */
export class SurveyCollector {
	readonly template: TemplateDefinition;
	readonly templates: readonly TemplateDefinition[];
	readonly tally: SurveyTally;
	readonly outcomes: FileOutcome[] = [];
	private readonly maxBytes: number;
	private readonly files = new Map<string, string>();
	private readonly records = new Map<string, string>();
	/** Whether one person's form can be told from another's (a case code): then the same answers twice are one form saved twice. */
	private readonly identifiesForms: boolean;

	constructor(template: TemplateDefinition, templates: readonly TemplateDefinition[], options: { maxBytes?: number } = {}) {
		this.template = template;
		this.templates = templates;
		this.tally = new SurveyTally(template);
		this.maxBytes = options.maxBytes ?? maxFileBytes;
		this.identifiesForms = template.sections.some((s) => s.fields.some((f) => f.id === 'case-code'));
	}

	private done(outcome: FileOutcome): FileOutcome {
		this.outcomes.push(outcome);
		return outcome;
	}

	/** Reads one file and adds it to the totals when it is a filled survey of this template (or a summary of it). */
	async add(source: FileSource): Promise<FileOutcome> {
		const file = source.name;
		if (source.size > this.maxBytes) return this.done({ kind: 'skipped', file, reason: 'too-big' });
		const bytes = await source.bytes();
		if (bytes.length === 0) return this.done({ kind: 'skipped', file, reason: 'empty' });
		const hash = await digest(bytes);
		const first = this.files.get(hash);
		if (first !== undefined) return this.done({ kind: 'duplicate-file', file, first });
		this.files.set(hash, file);

		if (looksLikeCsv(file, bytes)) {
			try {
				return this.done({ kind: 'summary', file, forms: this.tally.addSummaryCsv(new TextDecoder().decode(bytes)) });
			} catch (error) {
				if (!(error instanceof SummaryError)) throw error;
				return this.done({ kind: 'skipped', file, reason: 'not-summary', detail: error.message });
			}
		}

		let read: Awaited<ReturnType<typeof readFilledPdf>>;
		try {
			read = await readFilledPdf(bytes, this.templates);
		} catch (error) {
			if (error instanceof PdfReadError) return this.done({ kind: 'skipped', file, reason: error.problem, ...(error.templateId && { templateId: error.templateId }), detail: error.message });
			return this.done({ kind: 'skipped', file, reason: 'damaged', detail: error instanceof Error ? error.message : String(error) });
		}
		if (read.template.id !== this.template.id) return this.done({ kind: 'skipped', file, reason: 'other-template', templateId: read.template.id });
		const missing = this.tally.requiredFor(read.record);
		if (missing.length) return this.done({ kind: 'skipped', file, reason: 'incomplete', fields: missing });

		const key = await digest(new TextEncoder().encode(JSON.stringify(normalizeRecord(this.template, read.record as TemplateRecord))));
		const same = this.records.get(key);
		if (same !== undefined && this.identifiesForms) return this.done({ kind: 'duplicate-record', file, first: same });
		if (same === undefined) this.records.set(key, file);
		this.tally.addRecord(read.record);
		return this.done({
			kind: 'counted',
			file,
			lang: read.stamp.lang,
			version: read.stamp.version,
			dropped: read.dropped.length,
			...(same !== undefined && { sameAnswersAs: same }),
		});
	}
}
