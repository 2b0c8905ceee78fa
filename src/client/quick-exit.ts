/**
 * The quick exit in the browser: the "Leave this site" link, and Shift pressed on its own three
 * times, replace the current page in the history with the neutral site, so Back does not
 * return here. Without JavaScript the link still works as an ordinary link.
 */
import { countShift, noShiftPresses, type ShiftCount } from '../lib/safety/quick-exit.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');

function leave(): void {
	if (!link) return;
	// Hide the page at once: the neutral site may take a moment to load.
	document.documentElement.dataset.quickExit = 'leaving';
	// Send no referrer, so the neutral site does not learn where the person came from.
	const meta = document.createElement('meta');
	meta.name = 'referrer';
	meta.content = 'no-referrer';
	document.head.append(meta);
	location.replace(link.href);
}

if (link) {
	link.addEventListener('click', (event) => {
		// A click meant to open a new tab or window keeps its usual meaning.
		if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		leave();
	});

	let count: ShiftCount = noShiftPresses;
	const onKey = (event: KeyboardEvent) => {
		const next = countShift(count, {
			type: event.type,
			key: event.key,
			time: event.timeStamp,
			repeat: event.repeat,
			isComposing: event.isComposing,
		});
		count = next.count;
		if (next.exit) leave();
	};
	// Capture, so the shortcut works wherever focus is, search dialog included. Nothing is
	// prevented: Shift keeps typing capitals.
	addEventListener('keydown', onKey, { capture: true });
	addEventListener('keyup', onKey, { capture: true });
	// If a browser brings this page back from its cache anyway, show it again.
	addEventListener('pageshow', (event) => {
		if (event.persisted) delete document.documentElement.dataset.quickExit;
		count = noShiftPresses;
	});
}
