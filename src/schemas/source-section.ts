import { z } from 'zod';
import { localizedText } from './common.ts';
import { sectionNumber } from './figures.ts';

/** A section of the source document that a dataset draws on (content/data/source-sections.yaml). */
export const sourceSectionSchema = z.strictObject({
	id: sectionNumber.describe('The section number as the source document numbers it, e.g. `4.1.1`.'),
	title: localizedText('section title').describe('The section heading, in every language.'),
});
export type SourceSectionInput = z.input<typeof sourceSectionSchema>;
export type SourceSection = z.output<typeof sourceSectionSchema>;
