// Small enhancements only: every page works fully without this file.
document.documentElement.classList.add('js');

// Search filters: when script is on, changing a filter runs the search at once.
for (const select of document.querySelectorAll('.search-form select')) {
  select.addEventListener('change', () => {
    const form = select.form;
    if (form && form.querySelector('input[name="q"]').value.trim() !== '') form.requestSubmit();
  });
}

// Editor's desk: a live preview of the Markdown body beside the editor, rendered by the
// server exactly as a save would (the no-script "Preview" button does the same in one step).
for (const panel of document.querySelectorAll('[data-live-preview]')) {
  const field = document.getElementById(panel.getAttribute('data-live-preview'));
  const form = field && field.form;
  const output = panel.querySelector('.prose');
  if (!field || !form || !output) continue;
  panel.hidden = false;
  form.closest('.desk-editor')?.classList.add('desk-editor--live');
  let timer;
  let latest = 0;
  const render = async () => {
    const ticket = ++latest;
    const body = new URLSearchParams({ _csrf: form.querySelector('input[name="_csrf"]').value, body: field.value });
    try {
      const res = await fetch('/admin/content/preview', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, credentials: 'same-origin' });
      if (res.ok && ticket === latest) output.innerHTML = await res.text();
    } catch {
      /* offline: the Preview button still works */
    }
  };
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, 300);
  });
  render();
}

// Comments: with script on, a comment or reply posts in place. The server answers as it does
// without script (a 303 to the item page, or the page again with the problem marked), so the
// fresh comments section is taken from that page and the new comment (or the error) gets focus.
function enhanceCommentForms(root) {
  for (const form of root.querySelectorAll('form[data-comment-form]')) {
    form.addEventListener('submit', async (event) => {
      const section = form.closest('[data-comments]');
      if (!section || !window.fetch || !window.DOMParser) return;
      event.preventDefault();
      const button = form.querySelector('button[type="submit"]');
      if (button) button.disabled = true;
      const seen = new Set([...section.querySelectorAll('[data-comment-id]')].map((el) => el.getAttribute('data-comment-id')));
      try {
        const res = await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { 'content-type': 'application/x-www-form-urlencoded' }, credentials: 'same-origin' });
        const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
        const fresh = doc.querySelector('[data-comments]');
        if (!fresh) { form.submit(); return; }
        section.replaceWith(fresh);
        enhanceCommentForms(fresh);
        const problem = fresh.querySelector('.error-summary');
        const added = [...fresh.querySelectorAll('[data-comment-id]')].find((el) => !seen.has(el.getAttribute('data-comment-id')));
        const target = problem || added;
        if (target) {
          target.focus();
          target.scrollIntoView({ block: 'center' });
        }
      } catch {
        form.submit();
      }
    });
  }
}
enhanceCommentForms(document);

// Ratings and recommends (engagement/reactions-*): the same forms, posted with fetch; the
// counts, the rating and the recommend button update in place and a polite live region says
// what happened. If the request cannot be made, the form is sent the ordinary way.
for (const section of document.querySelectorAll('[data-reactions]')) {
  const status = section.querySelector('[data-reactions-status]');
  const ratingSummary = section.querySelector('[data-rating-summary]');
  const recommendCount = section.querySelector('[data-recommend-count]');
  const recommendForm = section.querySelector('[data-reactions-form="recommend"]');
  const recommendButton = recommendForm && recommendForm.querySelector('button');
  const recommendChoice = recommendForm && recommendForm.querySelector('input[name="recommend"]');
  // Enhanced, the recommend button is a toggle: one label, its state in aria-pressed.
  const showRecommended = (isRecommended) => {
    if (!recommendButton || !recommendChoice) return;
    recommendButton.textContent = 'Recommend';
    recommendButton.setAttribute('aria-pressed', isRecommended ? 'true' : 'false');
    recommendButton.classList.toggle('button--secondary', !isRecommended);
    recommendChoice.value = isRecommended ? 'no' : 'yes';
  };
  if (recommendButton) showRecommended(recommendButton.getAttribute('data-recommended') === 'true');
  const announce = (message) => {
    if (!status) return;
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    setTimeout(() => { status.textContent = message; }, 50);
  };
  for (const form of section.querySelectorAll('[data-reactions-form]')) {
    let isBusy = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy) return;
      isBusy = true;
      try {
        const res = await fetch(form.action, {
          method: 'POST',
          body: new URLSearchParams(new FormData(form)),
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': form.querySelector('input[name="_csrf"]').value },
          credentials: 'same-origin',
        });
        const data = await res.json().catch(() => null);
        if (!res.ok || !data) {
          announce((data && data.message) || 'That did not work. Please reload the page and try again.');
          return;
        }
        if (ratingSummary) ratingSummary.textContent = data.ratingSummary;
        if (recommendCount) recommendCount.textContent = data.recommendCount;
        showRecommended(data.isRecommended);
        const save = section.querySelector('[data-reactions-form="rating"] button[type="submit"]');
        if (save && data.stars) save.textContent = 'Change rating';
        announce(data.message);
      } catch {
        form.submit();
      } finally {
        isBusy = false;
      }
    });
  }
}

// Sharing and gift links (engagement/sharing-*, gifts-*): "Copy link" buttons. Without
// JavaScript they stay hidden and the address is there to select in its own field.
for (const button of document.querySelectorAll('[data-copy-from]')) {
  const field = document.getElementById(button.getAttribute('data-copy-from'));
  const status = document.getElementById(button.getAttribute('data-copy-status'));
  if (!field) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let isCopied = false;
    try {
      await navigator.clipboard.writeText(field.value);
      isCopied = true;
    } catch {
      field.select();
      try { isCopied = document.execCommand('copy'); } catch { isCopied = false; }
    }
    if (status) {
      status.textContent = '';
      setTimeout(() => { status.textContent = isCopied ? 'Link copied.' : 'Could not copy: the link is selected, so press Ctrl+C (or ⌘C) to copy it.'; }, 50);
    }
  });
}
for (const field of document.querySelectorAll('.sharing__url')) field.addEventListener('focus', () => field.select());

// Following topics (personalisation/follows-*): the same forms, posted with fetch. Each button
// becomes a toggle ("Follow Workforce", pressed or not) and a polite live region says what
// happened. If the request cannot be made, the form is sent the ordinary way.
for (const group of document.querySelectorAll('[data-follow]')) {
  const status = group.querySelector('[data-follow-status]');
  const announce = (message) => {
    if (!status) return;
    status.textContent = '';
    setTimeout(() => { status.textContent = message; }, 50);
  };
  for (const form of group.querySelectorAll('form[data-follow-form]')) {
    const button = form.querySelector('button');
    const choice = form.querySelector('input[name="follow"]');
    if (!button || !choice) continue;
    const show = (isFollowing) => {
      button.textContent = `Follow ${button.getAttribute('data-topic-name')}`;
      button.setAttribute('aria-pressed', isFollowing ? 'true' : 'false');
      button.classList.toggle('button--secondary', !isFollowing);
      choice.value = isFollowing ? 'no' : 'yes';
    };
    show(button.getAttribute('data-following') === 'true');
    let isBusy = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy) return;
      isBusy = true;
      try {
        const res = await fetch(form.action, {
          method: 'POST',
          body: new URLSearchParams(new FormData(form)),
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          credentials: 'same-origin',
        });
        const data = await res.json().catch(() => null);
        if (!res.ok || !data) {
          announce((data && data.message) || 'That did not work. Please reload the page and try again.');
          return;
        }
        show(data.isFollowing);
        announce(data.message);
      } catch {
        form.submit();
      } finally {
        isBusy = false;
      }
    });
  }
}

// Read to the end (engagement/read-complete-routes.ts): when a signed-in reader's screen
// reaches the end of an item's body, the server is told once. Visitors' pages (no session
// form in the header) send nothing.
(() => {
  const sentinel = document.querySelector('[data-read-complete]');
  const token = document.querySelector('.account-nav input[name="_csrf"]');
  if (!sentinel || !token || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    fetch(sentinel.getAttribute('data-read-complete'), {
      method: 'POST',
      body: new URLSearchParams({ _csrf: token.value }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      credentials: 'same-origin',
      keepalive: true,
    }).catch(() => undefined);
  });
  observer.observe(sentinel);
})();
