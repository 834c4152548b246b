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
