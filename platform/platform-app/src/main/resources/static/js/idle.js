/*
 * Idle timeout warning: an enhancement only. Two minutes before the session would end
 * without activity, a dialog offers to stay signed in (one request to /sessie extends
 * the session). Without JavaScript the session still ends, and a form posted after that
 * shows the expiry page with what was typed.
 */
(function () {
	'use strict';
	var warning = document.getElementById('lse-idle-warning');
	if (!warning) {
		return;
	}
	var seconds = parseInt(warning.getAttribute('data-seconds'), 10);
	if (!(seconds > 120)) {
		return;
	}
	var keepAlive = warning.getAttribute('data-keep-alive');
	var button = document.getElementById('lse-idle-continue');
	var title = document.getElementById('lse-idle-title');
	var warnTimer;
	var endTimer;

	function schedule() {
		clearTimeout(warnTimer);
		clearTimeout(endTimer);
		warnTimer = setTimeout(warn, (seconds - 120) * 1000);
		endTimer = setTimeout(expire, seconds * 1000);
	}

	function warn() {
		warning.hidden = false;
		button.focus();
	}

	function expire() {
		title.textContent = warning.getAttribute('data-expired');
		button.hidden = true;
	}

	button.addEventListener('click', function () {
		fetch(keepAlive, { credentials: 'same-origin', redirect: 'manual' }).then(function (response) {
			if (response.status === 204) {
				warning.hidden = true;
				schedule();
			}
			else {
				expire();
			}
		}, expire);
	});

	schedule();
}());
