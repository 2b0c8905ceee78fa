import { describe, expect, it } from 'vitest';
import { attendance, attendanceOfRecord } from '../../src/lib/templates/attendance.ts';
import { getTemplate } from '../../templates/index.ts';

describe('attendance share and certificate threshold', () => {
	it('meets the threshold exactly at the limit', () => {
		expect(attendance({ sessionsHeld: 10, sessionsAttended: 7, threshold: 70 })).toEqual({ share: 70, thresholdMet: true });
		expect(attendance({ sessionsHeld: 10, sessionsAttended: 6, threshold: 70 })).toEqual({ share: 60, thresholdMet: false });
	});

	it('does not fail on fractions a float would round badly', () => {
		// 0.7 * 30 is 20.999999999999996 in floating point
		expect(attendance({ sessionsHeld: 30, sessionsAttended: 21, threshold: 70 }).thresholdMet).toBe(true);
		const { share, thresholdMet } = attendance({ sessionsHeld: 3, sessionsAttended: 2, threshold: 80 });
		expect(share).toBeCloseTo(66.667, 2);
		expect(thresholdMet).toBe(false);
	});

	it('refuses inputs that cannot describe a course', () => {
		expect(() => attendance({ sessionsHeld: 0, sessionsAttended: 0, threshold: 80 })).toThrow(/at least 1/);
		expect(() => attendance({ sessionsHeld: 10, sessionsAttended: 11, threshold: 80 })).toThrow(/more sessions \(11\) than were held \(10\)/);
		expect(() => attendance({ sessionsHeld: 10, sessionsAttended: 5, threshold: 0 })).toThrow(/between 1 and 100/);
	});

	it('works on the examples of the course template', () => {
		const course = getTemplate('course-satisfaction');
		const results = Object.fromEntries(course.examples.map((e) => [e.name, attendanceOfRecord(e.values)?.thresholdMet]));
		expect(results).toEqual({ 'certificate-met': true, 'threshold-not-met': false, 'bulgarian-course': true });
		expect(attendanceOfRecord({ 'sessions-held': 10 })).toBeUndefined();
	});
});
