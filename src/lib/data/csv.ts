/**
 * A small CSV writer (RFC 4180): a header row, one row per record, CRLF line ends, fields quoted
 * only when they must be. Used for the open datasets and, later, the survey aggregator.
 *
 * Gaps are empty cells (`null` or `undefined`); never write 0 for a missing figure, and add a
 * status column that says why the cell is empty.
 */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
	/**
	 * Start the file with a UTF-8 byte order mark. Spreadsheet programs (Excel above all) need it
	 * to read Cyrillic and accented letters correctly; most data tools skip it. Default: false.
	 */
	bom?: boolean;
	/**
	 * Prefix text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return with `'`, so a
	 * spreadsheet does not run it as a formula (CSV injection). Numbers are never changed.
	 * Default: true.
	 */
	guardFormulas?: boolean;
}

export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: numbers in plain notation with a dot (never formatted for a language), booleans as
 * `true`/`false`, text quoted when it holds a comma, a quote, a line break or outer spaces.
 * @throws Error for a number that is not finite
 */
export function csvField(value: CsvValue, guardFormulas = true): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV: leave the cell empty and say why in a status column`);
		return String(value);
	}
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	let text = value;
	if (guardFormulas && FORMULA_START.test(text)) text = `'${text}`;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The whole file: `columns` as the header, then each row's values in that order.
 * @throws Error when a row has a key that is not a column (a misspelt column would vanish)
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[], options: CsvOptions = {}): string {
	const { bom = false, guardFormulas = true } = options;
	const known = new Set(columns);
	if (known.size !== columns.length) throw new Error(`CSV columns must be unique: ${columns.join(', ')}`);
	const lines = [columns.map((c) => csvField(c, false)).join(',')];
	rows.forEach((row, index) => {
		for (const key of Object.keys(row)) {
			if (!known.has(key)) throw new Error(`row ${index + 1} has a value for "${key}", which is not a column (${columns.join(', ')})`);
		}
		lines.push(columns.map((c) => csvField(row[c], guardFormulas)).join(','));
	});
	return `${bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

/**
 * Reads CSV text (RFC 4180, as {@link toCsv} writes it): a leading byte order mark is skipped,
 * fields may be quoted (quotes doubled inside), line ends may be CRLF or LF. A text cell that
 * {@link csvField} guarded against formulas (`'=…`) is given back without the guard.
 *
 * @returns the rows, each a list of cells; an empty last line is not a row
 * @throws Error naming the line of a quote that is never closed
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let quoteLine = 0;
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const unguard = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
	const endCell = () => {
		row.push(unguard(cell));
		cell = '';
	};
	for (let i = 0; i < src.length; i++) {
		const c = src[i]!;
		if (quoted) {
			if (c === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else {
				if (c === '\n') line++;
				cell += c;
			}
		} else if (c === '"' && cell === '') {
			quoted = true;
			quoteLine = line;
		} else if (c === ',') endCell();
		else if (c === '\n' || c === '\r') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			endCell();
			rows.push(row);
			row = [];
			line++;
		} else cell += c;
	}
	if (quoted) throw new Error(`CSV: the quote opened on line ${quoteLine} is never closed`);
	if (cell !== '' || row.length > 0) {
		endCell();
		rows.push(row);
	}
	return rows;
}

/**
 * CSV text as records keyed by the header row's column names.
 * @throws Error when a row has more cells than the header
 */
export function parseCsvRecords(text: string): { columns: string[]; rows: Record<string, string>[] } {
	const [header = [], ...lines] = parseCsv(text);
	const rows = lines.map((cells, i) => {
		if (cells.length > header.length) throw new Error(`CSV: row ${i + 2} has ${cells.length} cells for ${header.length} columns`);
		return Object.fromEntries(header.map((name, k) => [name, cells[k] ?? '']));
	});
	return { columns: header, rows };
}
