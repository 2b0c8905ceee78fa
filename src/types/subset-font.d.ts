// Types for `subset-font` (the package ships none), covering the options this project uses.
declare module 'subset-font' {
	interface SubsetFontOptions {
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		preserveNameIds?: number[];
		keepFeatures?: string[];
		noLayoutClosure?: boolean;
		noHinting?: boolean;
		glyphNames?: boolean;
		dropTables?: string[];
	}
	export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
