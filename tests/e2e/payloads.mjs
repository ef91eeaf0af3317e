// Hostile text: each payload, if a browser ever treated it as markup or code, would call
// window.__pwned(n). They go into every text field of every chart kind (hostile.test.mjs).
const markup = (n) => [
  `<script>__pwned(${n})</script>`,
  `<img src=x onerror="__pwned(${n})">`,
  `<svg onload="__pwned(${n})"></svg>`,
  `<svg><script>__pwned(${n})</script></svg>`,
  `<iframe srcdoc="<script>parent.__pwned(${n})</script>"></iframe>`,
  `<body onload="__pwned(${n})">`,
  `<details open ontoggle="__pwned(${n})">`,
  `<input autofocus onfocus="__pwned(${n})">`,
  `<video><source onerror="__pwned(${n})"></video>`,
  `<a href="javascript:__pwned(${n})">click</a>`,
  `<object data="javascript:__pwned(${n})"></object>`,
  `<embed src="javascript:__pwned(${n})">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="__pwned(${n})">`,
  `"><img src=x onerror=__pwned(${n})>`,
  `'><svg/onload=__pwned(${n})>`,
  `</title><script>__pwned(${n})</script>`,
  `</text><script>__pwned(${n})</script><text>`,
  `]]><script>__pwned(${n})</script><![CDATA[`,
  `<!--<img src=x onerror=__pwned(${n})>-->`,
  `<style>@import "javascript:__pwned(${n})";</style>`,
  `<link rel=stylesheet href="javascript:__pwned(${n})">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__pwned(${n})">`,
  `<form action="javascript:__pwned(${n})"><button>x</button></form>`,
  `<template><img src=x onerror="__pwned(${n})"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=__pwned(${n})>">`,
  `<xmp><img src=x onerror=__pwned(${n})></xmp>`,
  `<foreignObject><img src=x onerror="__pwned(${n})"></foreignObject>`,
  `<image href="x" onerror="__pwned(${n})"/>`,
  `<animate onbegin="__pwned(${n})" attributeName="x" dur="1s">`,
  `<set attributeName="onmouseover" to="__pwned(${n})">`,
  `<marquee onstart="__pwned(${n})">x</marquee>`,
  `<div style="background:url(javascript:__pwned(${n}))">`,
];

const code = (n) => [
  `javascript:__pwned(${n})`,
  `data:text/html,<script>__pwned(${n})</script>`,
  `\${__pwned(${n})}`,
  `{{constructor.constructor('__pwned(${n})')()}}`,
  `'); __pwned(${n}); ('`,
  `"); __pwned(${n}); ("`,
  `\`; __pwned(${n}); \``,
  `__proto__`,
  `constructor`,
  `&lt;script&gt;__pwned(${n})&lt;/script&gt;`,
  `&#60;img src=x onerror=__pwned(${n})&#62;`,
  `%3Cscript%3E__pwned(${n})%3C/script%3E`,
];

// Bidirectional overrides and other invisible characters: text must stay text, in order.
const bidi = (n) => [
  `Budget \u202Eevil\u202C ${n}`,
  `\u2066isolate\u2069 \u2067rtl\u2069 ${n}`,
  `zero\u200Bwidth\u200D joiner ${n}`,
  `\uFEFFbyte order mark ${n}`,
  `نص عربي ${n} עברית`,
];

// Spreadsheet formulae: a CSV cell starting with these must be neutralised.
const formulae = (n) => [
  `=HYPERLINK("http://127.0.0.1/?${n}","click")`,
  `+cmd|' /C calc'!A${n}`,
  `-2+3+cmd|' /C calc'!A${n}`,
  `@SUM(1+1)*cmd|' /C calc'!A${n}`,
  `\t=1+${n}`,
];

// The number a payload would pass to __pwned names its family.
export const PAYLOADS = [...markup(1), ...code(2), ...bidi(3), ...formulae(4)];
