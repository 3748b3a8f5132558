// After a refused submit, keyboard and screen-reader users land on the first field to fix, or on the
// alert when no field is marked. Runs after React has painted the error state.
export function focusFirstProblem(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (target.getAttribute("role") === "alert") target.tabIndex = -1;
    target.focus();
  });
}
