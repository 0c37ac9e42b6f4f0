// LSE beheer: an onboarding's progress, live. While the run works (data-working="true")
// the page asks for itself every 2 seconds and puts the new steps into the region
// #voortgang (aria-live, so a screen reader hears the change); it stops once the run
// has ended. Without scripts the page offers a "Vernieuwen" link instead.
(function () {
	'use strict';
	var region = document.getElementById('voortgang');
	if (!region || region.getAttribute('data-working') !== 'true') {
		return;
	}
	function poll() {
		fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(String(response.status));
				}
				return response.text();
			})
			.then(function (html) {
				var next = new DOMParser().parseFromString(html, 'text/html').getElementById('voortgang');
				if (!next) {
					return;
				}
				region.innerHTML = next.innerHTML;
				region.setAttribute('data-working', next.getAttribute('data-working'));
				if (next.getAttribute('data-working') === 'true') {
					window.setTimeout(poll, 2000);
				}
			})
			.catch(function () {
				window.setTimeout(poll, 5000);
			});
	}
	window.setTimeout(poll, 2000);
})();
