// The report's style and its one script, as text (inlined: the page loads nothing).

export const REPORT_CSS = `
:root{font:16px/1.55 system-ui,sans-serif;color:#1a1a1a;background:#fff}
body{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
h1{margin:.2rem 0}h2{border-bottom:2px solid #ddd;margin-top:2.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-bottom:1.5rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e5e5e5}
small{color:#555}.ids a{margin-right:.25rem}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border-radius:2px;background:var(--c);border:1px solid #0004}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem}
.doc{content-visibility:auto;contain-intrinsic-size:auto 40rem;border-top:1px solid #ddd;padding-top:.5rem}
.doc p{margin:.6rem 0}
a.claim{color:inherit;text-decoration:none;background:color-mix(in srgb,var(--c) 22%,transparent);border-bottom:3px solid var(--c);padding:0 .05em}
a.claim:focus,a.claim:hover{outline:2px solid #1a1a1a;outline-offset:1px}
.who{font-size:.72rem;font-weight:600;text-transform:uppercase;letter-spacing:.02em;margin-right:.25rem;padding:0 .25rem;border-left:4px solid var(--c);color:#333}
.cue{text-decoration:underline 2px;text-underline-offset:.2em}
.mention{font-weight:700}
.off{background:none!important;border-bottom-color:transparent!important}.who.off{display:none}
.cards .card{display:none;border:1px solid #bbb;border-left:6px solid #555;border-radius:4px;padding:.4rem .8rem;margin:.3rem 0 .8rem;font-size:.85rem;background:#fafafa}
.cards .card:target,.doc p:has(a.claim:focus)+.cards .card{display:block}
.card small{color:#555;overflow-wrap:anywhere}
figure.topic{margin:1rem 0 2rem}svg text{font-size:12px;fill:#1a1a1a}.tick{stroke:#ccc}
.bar{fill:#777}.bar.unlikely{fill:#D55E00}.bar.likely{fill:#009E73}.bar.possible,.bar.conditional{fill:#E69F00}
form{display:flex;gap:1rem;align-items:center;margin:1rem 0;font-size:.9rem}
@media print{nav,form,.cards{display:none}.doc{content-visibility:visible}a.claim{border-bottom-width:2px}}
`;

/**
 * The filter: by speaker and kind, from the form or from the page's query (?speaker=ID&kind=
 * direct), so a link can carry it. Marks that do not match lose their highlight and label.
 * With no filter asked for, the page is left as written: a large report opens at once.
 */
export const REPORT_SCRIPT = `(function(){
var data=JSON.parse(document.getElementById('report-data').textContent);
var form=document.getElementById('filter');var sel=form.elements.speaker;
data.speakers.forEach(function(s){var o=document.createElement('option');o.value=s.id;o.textContent=s.name;sel.appendChild(o);});
function apply(){var sp=sel.value,k=form.elements.kind.value,n=0;
document.querySelectorAll('a.claim').forEach(function(a){var on=(!sp||a.dataset.speaker===sp)&&(!k||a.dataset.kind===k);
a.classList.toggle('off',!on);var w=a.previousElementSibling;if(w&&w.classList.contains('who'))w.classList.toggle('off',!on);if(on&&a.id)n++;});
form.elements.shown.value=n+' claims shown';}
var q=new URLSearchParams(location.search);sel.value=q.get('speaker')||'';form.elements.kind.value=q.get('kind')||'';
form.addEventListener('change',apply);form.hidden=false;if(sel.value||form.elements.kind.value)apply();})();`;
