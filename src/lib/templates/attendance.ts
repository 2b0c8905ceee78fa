/**
 * Attendance of a course: the share of sessions attended and whether it reaches the threshold
 * for the attendance certificate (WIN courses asked for 70, 80 or 90 per cent, depending on the
 * country and the course). The course-satisfaction template stores only the three inputs.
 */
export interface AttendanceInput {
	sessionsHeld: number;
	sessionsAttended: number;
	/** per cent of sessions needed for the certificate, 1–100 */
	threshold: number;
}

export interface Attendance {
	/** per cent of sessions attended, 0–100, unrounded */
	share: number;
	/** whether the share reaches the threshold */
	thresholdMet: boolean;
}

/**
 * Works out the attendance share and whether the certificate threshold is met.
 * @throws RangeError when the inputs cannot describe a course (no sessions, more attended than held)
 */
export function attendance({ sessionsHeld, sessionsAttended, threshold }: AttendanceInput): Attendance {
	if (!Number.isInteger(sessionsHeld) || sessionsHeld < 1) throw new RangeError(`Sessions held must be a whole number of at least 1; got ${sessionsHeld}.`);
	if (!Number.isInteger(sessionsAttended) || sessionsAttended < 0) throw new RangeError(`Sessions attended must be a whole number of at least 0; got ${sessionsAttended}.`);
	if (sessionsAttended > sessionsHeld) throw new RangeError(`She cannot attend more sessions (${sessionsAttended}) than were held (${sessionsHeld}).`);
	if (!(threshold > 0 && threshold <= 100)) throw new RangeError(`The certificate threshold must be a percentage between 1 and 100; got ${threshold}.`);
	const share = (sessionsAttended / sessionsHeld) * 100;
	// Compare in whole sessions to avoid floating-point noise: 7 of 10 meets 70 %.
	return { share, thresholdMet: sessionsAttended * 100 >= threshold * sessionsHeld };
}

/** The fields of the course-satisfaction template the attendance is worked out from. */
export const attendanceFields = ['sessions-held', 'sessions-attended', 'certificate-threshold'] as const;

/** The attendance of a filled course-satisfaction record, or undefined when an input is missing. */
export function attendanceOfRecord(record: Record<string, unknown>): Attendance | undefined {
	const held = record['sessions-held'];
	const attended = record['sessions-attended'];
	const threshold = record['certificate-threshold'];
	if (typeof held !== 'number' || typeof attended !== 'number' || typeof threshold !== 'number') return undefined;
	return attendance({ sessionsHeld: held, sessionsAttended: attended, threshold });
}
