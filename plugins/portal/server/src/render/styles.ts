// The portal's one stylesheet (served as /portal-assets/portal.css; no inline styles so
// the CSP can forbid them). Colours meet WCAG 2.1 AA contrast on their backgrounds (R32).
export const PORTAL_CSS = `
:root{--brand:#8c1515;--brand-dark:#6b0f0f;--ink:#1f1f1f;--muted:#555;--line:#d6d6d6;--bg:#fff;--soft:#f6f3f0;--link:#0b4f8a;--focus:#ffbf47}
*{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:var(--bg);font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;line-height:1.75}
a{color:var(--link)}a:hover{color:var(--brand)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.wrap{max-width:1120px;margin:0 auto;padding:0 16px}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip-link{position:absolute;left:8px;top:-48px;background:#000;color:#fff;padding:8px 12px;z-index:10}
.skip-link:focus{top:8px}
.site-header{background:var(--brand);color:#fff}
.header-inner{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:12px;padding-top:16px;padding-bottom:16px}
.site-name{color:#fff;font-size:1.6rem;font-weight:700;text-decoration:none;letter-spacing:.05em}
.site-name:hover{color:#fff}
.search-form{display:flex;gap:6px;flex:1 1 280px;max-width:420px}
.search-form input{flex:1;min-width:0;padding:8px 10px;border:1px solid #fff;border-radius:3px;font-size:1rem}
button{padding:8px 16px;border:0;border-radius:3px;background:var(--brand-dark);color:#fff;font-size:1rem;cursor:pointer}
.search-form button{background:#fff;color:var(--brand-dark);font-weight:700}
.site-nav{background:var(--brand-dark)}
.site-nav ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding-top:0;padding-bottom:0}
.site-nav a{display:block;color:#fff;text-decoration:none;padding:10px 14px}
.site-nav a[aria-current=page],.site-nav a:hover{background:#4a0a0a;color:#fff}
.crumbs ol{list-style:none;display:flex;flex-wrap:wrap;padding:0;margin:12px auto;color:var(--muted);font-size:.9rem}
.crumbs li+li:before{content:"›";margin:0 .5em}
main{padding-top:8px;padding-bottom:32px;min-height:50vh}
h1{font-size:1.6rem;line-height:1.4;color:var(--brand-dark);margin:16px 0}
article>h1{text-align:center}
h2{font-size:1.2rem;border-left:4px solid var(--brand);padding-left:8px;margin:24px 0 12px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:8px 32px}
.item-list{list-style:none;padding:0;margin:0}
.item-list li{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;padding:8px 0;border-bottom:1px dashed var(--line)}
.item-list li a{flex:1 1 60%}
.doc-no{color:var(--muted);font-size:.9rem}
time{color:var(--muted);font-size:.9rem;white-space:nowrap}
.more{text-align:right}
.meta{width:100%;border-collapse:collapse;background:var(--soft);margin:12px 0 20px}
.meta th,.meta td{border:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top}
.meta th{width:8em;white-space:nowrap;font-weight:600}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
thead th{background:var(--soft)}
.tasks .row-part th{background:#efe6e0;font-size:1.05rem}
.tasks .row-section th{background:var(--soft)}
.table-scroll{overflow-x:auto}
.rich-text{overflow-wrap:anywhere}
.rich-text img{max-width:100%;height:auto}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;background:var(--soft);padding:12px;border:1px solid var(--line)}
.field{display:flex;flex-direction:column;min-width:140px}
.field label{font-size:.9rem;color:var(--muted)}
.field select,.field input{padding:6px;border:1px solid #767676;border-radius:3px;font-size:1rem;background:#fff}
.result-count{color:var(--muted)}
.pager{display:flex;gap:16px;justify-content:center;margin:20px 0}
.pager [aria-disabled]{color:#767676}
.hits{padding-left:1.4em}.hits h2{border:0;padding:0;margin:16px 0 4px;font-size:1.1rem}
mark{background:#ffe58f;color:inherit}
.tree,.tree ul{list-style:none;padding-left:1.2em}
.count{color:var(--muted)}
.stale{color:#8a4b00;font-size:.9rem}
.notice-box{border:1px solid #8a4b00;background:#fff8e6;padding:8px 12px}
.qa dt{font-weight:700;margin-top:12px}.qa dd{margin:4px 0 0 0}
.site-footer{background:#2b2b2b;color:#eee;padding:20px 0;font-size:.9rem}
.site-footer a{color:#fff}
.empty{color:var(--muted)}
@media (max-width:600px){h1{font-size:1.3rem}.site-name{font-size:1.3rem}.meta th{width:6em}.site-nav a{padding:8px 10px}}
@media print{.site-header,.site-nav,.search-form,.filters,.pager,.site-footer,.skip-link,.downloads{display:none}a{color:#000;text-decoration:none}body{font-size:12pt}.table-scroll{overflow:visible}}
`;
