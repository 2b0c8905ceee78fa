/**
 * The keyboard shortcut of the quick exit: pressing Shift on its own three times within a
 * second leaves the site, as GOV.UK's "Exit this page" does.
 *
 * A press counts only when Shift goes down and up with no other key in between, so typing
 * capitals (Shift held while pressing letters) never counts; any other key starts the count
 * again. Pure state transitions, so the same logic runs in the browser and in unit tests.
 */

/** How many presses of Shift on its own leave the site. */
export const quickExitPresses = 3;
/** The time, in milliseconds, from the first to the last of those presses. */
export const quickExitWindowMs = 1000;

/** The parts of a `KeyboardEvent` the shortcut looks at. */
export interface KeyInput {
	type: string;
	key: string;
	/** `event.timeStamp`, in milliseconds */
	time: number;
	/** true while a held key repeats */
	repeat?: boolean;
	/** true while an input method composes a character */
	isComposing?: boolean;
}

export interface ShiftCount {
	/** Shift is down and no other key has been pressed since. */
	readonly bare: boolean;
	/** Times at which Shift was released after a press on its own, oldest first. */
	readonly presses: readonly number[];
}

export const noShiftPresses: ShiftCount = { bare: false, presses: [] };

/**
 * The count after one key event, and whether it completes the shortcut.
 * After a completed shortcut the count starts again from nothing.
 */
export function countShift(
	count: ShiftCount,
	event: KeyInput,
	{ presses = quickExitPresses, windowMs = quickExitWindowMs } = {},
): { count: ShiftCount; exit: boolean } {
	if (event.isComposing) return { count, exit: false };
	const isShift = event.key === 'Shift';
	if (event.type === 'keydown') {
		if (!isShift) return { count: noShiftPresses, exit: false };
		if (event.repeat) return { count, exit: false };
		return { count: { bare: true, presses: count.presses }, exit: false };
	}
	if (event.type !== 'keyup' || !isShift) return { count, exit: false };
	if (!count.bare) return { count: { bare: false, presses: count.presses }, exit: false };
	const recent = [...count.presses.filter((time) => event.time - time <= windowMs), event.time];
	if (recent.length >= presses) return { count: noShiftPresses, exit: true };
	return { count: { bare: false, presses: recent }, exit: false };
}
