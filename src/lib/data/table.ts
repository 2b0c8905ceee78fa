/**
 * The shape every data table on the site is rendered from (`src/components/data/DataTable.astro`).
 * Shaping functions in `src/lib/data/tables/` turn a dataset into this shape with all text already
 * in the page's language, so the component only writes HTML: a `<caption>`, column headers with
 * `scope="col"`, row headers with `scope="row"`, optional row groups, and notes below.
 */

/** One data cell. */
export type TableCell =
	/** Plain text. */
	| { kind: 'text'; text: string }
	/** A number or percentage, already formatted; right-aligned. */
	| { kind: 'number'; text: string }
	/** Several values in one cell, shown as a list. */
	| { kind: 'list'; items: string[] }
	/** No figure: the reason, in words ("Not asked", "Not given in the report"); never 0. */
	| { kind: 'gap'; text: string };

export interface TableRow {
	/** Stable id (for tests and anchors), not shown. */
	id: string;
	/** The row header (`<th scope="row">`). */
	header: string;
	cells: TableCell[];
}

export interface TableGroup {
	/** A heading row across the table for the group (`<th scope="rowgroup">`); none for a plain table. */
	header?: string;
	rows: TableRow[];
}

export interface TableModel {
	/** Anchor id of the table, unique on the page. */
	id: string;
	caption: string;
	/** Header of the row-header column. */
	rowHeader: string;
	columns: { label: string; numeric?: boolean }[];
	groups: TableGroup[];
	/** Notes shown under the table: context, gaps, discrepancies in the source. */
	notes: string[];
}

export const text = (value: string): TableCell => ({ kind: 'text', text: value });
export const number = (value: string): TableCell => ({ kind: 'number', text: value });
export const list = (items: string[]): TableCell => ({ kind: 'list', items });
export const gap = (reason: string): TableCell => ({ kind: 'gap', text: reason });

/**
 * Checks a table before it is rendered: every row has one cell per column, ids are unique.
 * @throws Error naming the table and row at fault
 */
export function checkTable(table: TableModel): TableModel {
	const ids = new Set<string>();
	for (const group of table.groups) {
		for (const row of group.rows) {
			if (row.cells.length !== table.columns.length) {
				throw new Error(`table "${table.id}", row "${row.id}": ${row.cells.length} cells for ${table.columns.length} columns`);
			}
			if (ids.has(row.id)) throw new Error(`table "${table.id}": row id "${row.id}" is used twice`);
			ids.add(row.id);
		}
	}
	return table;
}

/** The plain text of a cell, as a screen reader or a test reads it. */
export function cellText(cell: TableCell): string {
	return cell.kind === 'list' ? cell.items.join('; ') : cell.text;
}
