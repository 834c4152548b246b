// Small enhancements only: every page works fully without this file.
document.documentElement.classList.add('js');

// Search filters: when script is on, changing a filter runs the search at once.
for (const select of document.querySelectorAll('.search-form select')) {
  select.addEventListener('change', () => {
    const form = select.form;
    if (form && form.querySelector('input[name="q"]').value.trim() !== '') form.requestSubmit();
  });
}
