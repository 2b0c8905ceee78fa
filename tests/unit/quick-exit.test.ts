import { describe, expect, it } from 'vitest';
import { countShift, noShiftPresses, quickExitWindowMs, type KeyInput, type ShiftCount } from '../../src/lib/safety/quick-exit.ts';
import { quickExitDestination } from '../../src/config/quick-exit.ts';
import { languages } from '../../src/config/locales.ts';

/** Feeds key events to the counter; returns whether any of them completed the shortcut. */
function run(events: KeyInput[], start: ShiftCount = noShiftPresses): { exit: boolean; count: ShiftCount } {
	let count = start;
	let exit = false;
	for (const event of events) {
		const next = countShift(count, event);
		count = next.count;
		exit ||= next.exit;
	}
	return { exit, count };
}

/** Shift pressed and released on its own at `time`. */
const shift = (time: number): KeyInput[] => [
	{ type: 'keydown', key: 'Shift', time },
	{ type: 'keyup', key: 'Shift', time: time + 60 },
];
/** A key typed with Shift held, such as a capital letter. */
const capital = (letter: string, time: number): KeyInput[] => [
	{ type: 'keydown', key: 'Shift', time },
	{ type: 'keydown', key: letter, time: time + 20 },
	{ type: 'keyup', key: letter, time: time + 40 },
	{ type: 'keyup', key: 'Shift', time: time + 60 },
];
const key = (k: string, time: number): KeyInput[] => [
	{ type: 'keydown', key: k, time },
	{ type: 'keyup', key: k, time: time + 30 },
];

describe('the Shift × 3 shortcut', () => {
	it('leaves after three presses of Shift on its own within a second', () => {
		expect(run([...shift(0), ...shift(250), ...shift(500)]).exit).toBe(true);
		expect(run([...shift(0), ...shift(400), ...shift(quickExitWindowMs - 60)]).exit).toBe(true);
	});

	it('does not leave after two presses', () => {
		const { exit, count } = run([...shift(0), ...shift(250)]);
		expect(exit).toBe(false);
		expect(count.presses).toHaveLength(2);
	});

	it('does not leave when the three presses take longer than a second', () => {
		expect(run([...shift(0), ...shift(600), ...shift(1200)]).exit).toBe(false);
	});

	it('still leaves when a slow first press is followed by three quick ones', () => {
		expect(run([...shift(0), ...shift(2000), ...shift(2200), ...shift(2400)]).exit).toBe(true);
	});

	it('never counts Shift used to type capitals', () => {
		expect(run([...capital('W', 0), ...capital('I', 150), ...capital('N', 300)]).exit).toBe(false);
		expect(run([...capital('W', 0), ...shift(150), ...shift(300)]).exit).toBe(false);
	});

	it('starts again when any other key is pressed between presses', () => {
		expect(run([...shift(0), ...shift(200), ...key('a', 300), ...shift(400)]).exit).toBe(false);
		expect(run([...shift(0), ...key('Tab', 100), ...shift(200), ...shift(300)]).exit).toBe(false);
	});

	it('does not count a held Shift that repeats as more presses', () => {
		const held: KeyInput[] = [
			{ type: 'keydown', key: 'Shift', time: 0 },
			{ type: 'keydown', key: 'Shift', time: 100, repeat: true },
			{ type: 'keydown', key: 'Shift', time: 200, repeat: true },
			{ type: 'keyup', key: 'Shift', time: 300 },
		];
		expect(run(held).count.presses).toEqual([300]);
		expect(run(held).exit).toBe(false);
	});

	it('ignores keys while an input method is composing a character', () => {
		const composing: KeyInput[] = [
			{ type: 'keydown', key: 'Shift', time: 0, isComposing: true },
			{ type: 'keyup', key: 'Shift', time: 50, isComposing: true },
		];
		expect(run([...composing, ...composing, ...composing]).exit).toBe(false);
		expect(run([...shift(0), ...shift(100), { type: 'keydown', key: 'a', time: 150, isComposing: true }, ...shift(200)]).exit).toBe(true);
	});

	it('starts from nothing after leaving, so a fourth press does not leave again', () => {
		const { count } = run([...shift(0), ...shift(100), ...shift(200)]);
		expect(count).toEqual(noShiftPresses);
		expect(run(shift(300), count).exit).toBe(false);
	});
});

describe('the neutral site', () => {
	it('is an https address in every language', () => {
		for (const lang of languages) {
			const url = new URL(quickExitDestination[lang]);
			expect(url.protocol, lang).toBe('https:');
			expect(url.hostname, lang).toBe(`${lang}.wikipedia.org`);
		}
	});
});
