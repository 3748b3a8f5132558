// The receipt's print button. The resident pages carry no JavaScript bundle, so the button starts
// hidden and a one-line inline script (the CSP allows inline scripts) shows it and wires it: without
// JavaScript there is no button that does nothing, and the browser's own print command prints the
// same page, laid out by resident.css.
const SHOW_AND_WIRE =
  'var b=document.getElementById("print-receipt");b.hidden=false;b.onclick=function(){window.print()}';

export function PrintButton({ label }: { label: string }) {
  return (
    <>
      <button type="button" className="button" id="print-receipt" hidden>
        {label}
      </button>
      <script dangerouslySetInnerHTML={{ __html: SHOW_AND_WIRE }} />
    </>
  );
}
