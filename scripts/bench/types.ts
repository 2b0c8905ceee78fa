/** One part of `npm run bench`: a name, the columns of its table and a function that measures. */
export interface BenchPart {
	name: string;
	description: string;
	columns: string[];
	run(): Promise<{ rows: string[][]; failed?: string }>;
}
