// <council-chart>: a chart from HTML alone, for CMS editors and intranet pages.
//
//   <council-chart kind="kpi" view="line" src="data/kpi.json"></council-chart>
//   <council-chart kind="funding"><script type="application/json">{ ... }</script></council-chart>
//   <council-chart kind="judgement" options='{"toolbar":true}'><script type="text/csv">Area,2019,2023 ...</script></council-chart>
//
// `kind` is kpi, judgement, funding or scorecard; `view` and `options` (JSON) are as for the
// JavaScript functions. Changing an attribute redraws; removing the element destroys the chart.
// Bad data shows its message inside the element, as text, and is logged. Charts are drawn when
// they come near the viewport, so a page of a hundred opens quickly, and all charts of a family
// share one WebAssembly instance. Before it is drawn, an element keeps the room its chart will
// take (options.height, or the view's height for its width), so the page does not jump.
//
// This file takes the library as an argument so that the npm package and the one-file build
// can share it: scripts/package.mjs writes the npm entry (element.js) and the one-file build.

const KINDS = ["kpi", "judgement", "funding", "scorecard"];
const FAMILY = { kpi: "kpi", scorecard: "kpi", judgement: "judgement", funding: "funding" };
const DRAW = { kpi: "kpiChart", scorecard: "kpiScorecard", judgement: "judgementChart", funding: "fundingChart" };
// `sheet` and `range` pick the sheet and cells of a spreadsheet given as `src` (.xlsx or .ods).
const ATTRIBUTES = ["kind", "view", "src", "options", "sheet", "range"];
// HTML's own attributes, which any element may carry (a CMS adds some of its own as data-*).
const GLOBAL = /^(id|class|style|title|lang|dir|hidden|tabindex|role|slot|part|is|translate|inert|draggable|contenteditable|spellcheck|autofocus|nonce|accesskey|autocapitalize|enterkeyhint|inputmode|popover|exportparts|item(scope|type|prop|id|ref)|data-.*|aria-.*|on[a-z]+)$/;

// An attribute the element does not read is refused, as an unknown option is: a misspelt `vew`
// or a `council` that belongs in the options would otherwise be ignored without a word.
function checkAttributes(element) {
  for (const { name } of element.attributes) {
    if (ATTRIBUTES.includes(name) || GLOBAL.test(name)) continue;
    const near = ATTRIBUTES.find((known) => distance(name, known) * 3 <= known.length);
    throw new Error(near
      ? `${name}: is not an attribute of <council-chart>; did you mean "${near}"?`
      : `${name}: is not an attribute of <council-chart> (${ATTRIBUTES.join(", ")}); give it in the options, such as options='{"${name}": ...}'`);
  }
}

// A module the page's Content-Security-Policy would not let compile. The browser's words
// ("... because 'unsafe-eval' is not an allowed source of script ...") steer an editor to
// 'unsafe-eval', which lets any script run code from text; WebAssembly needs only
// 'wasm-unsafe-eval'. Detected from the error the browser gave (Chromium names the policy,
// Firefox says it was blocked by CSP), never guessed. The npm entries' init() says it too.
export function explained(error) {
  const said = String(error?.message ?? error);
  const compile = error instanceof WebAssembly.CompileError || /WebAssembly/.test(said);
  if (!compile || !/Content Security Policy|blocked by CSP|unsafe-eval/i.test(said)) return error;
  return new Error(
    `the page's Content-Security-Policy does not let WebAssembly compile: add 'wasm-unsafe-eval' to script-src (not 'unsafe-eval', which allows far more). The browser said: ${said}`,
  );
}

// Edit distance, a swap of two letters counting once (as the library's own "did you mean").
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// Each chart is drawn in a task of its own: every chart waiting for the WebAssembly goes on
// when it arrives, and in one task they kept the page from answering a key or tap until the
// last was drawn (BENCHMARKS.md). `scheduler.yield()` lets waiting input go first.
const nextTask = () =>
  typeof globalThis.scheduler?.yield === "function" ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Defines <council-chart> (or `name`) with `modules`: `all` and, where the build has them, `kpi`,
 * `judgement` and `funding` (and `kpiJson`, `judgementJson`, `fundingJson`: each family without
 * the text readers), each a
 * function giving a promise of an initialised module (one WebAssembly instance, made once)
 * that exports the drawing functions of its kinds.
 */
export function defineCouncilChart(modules, name = "council-chart") {
  const existing = customElements.get(name);
  if (existing) return existing;

  // The smallest download that draws what the page has: one family's module when every chart
  // on the page so far is of that family, the whole library when they are of several (the
  // families share most of their code, so two family modules are larger than the whole).
  let loaded = null;
  const byFamily = {};
  // Whether an element's data may be CSV or tab-separated text rather than JSON.
  const maybeText = (element) => {
    const src = element.getAttribute("src");
    if (src) return !/\.json($|\?)/i.test(src);
    const script = element.querySelector(':scope > script[type="application/json"]');
    if (!script) return true;
    // A scorecard's items may name text files, or give text as their data.
    if (element.getAttribute("kind") !== "scorecard") return false;
    try {
      const items = JSON.parse(script.textContent);
      return !Array.isArray(items) || items.some((i) => typeof i?.data === "string" || (typeof i?.src === "string" && !/\.json($|\?)/i.test(i.src)));
    } catch {
      return false; // reported when the chart is drawn
    }
  };
  const drawing = async (kind) => {
    const family = FAMILY[kind];
    if (!modules.all && !modules[family]) {
      const offered = KINDS.filter((k) => modules[FAMILY[k]]).join(", ");
      throw new Error(`kind: this build of council-charts draws ${offered} only; "${kind}" needs council-charts.one-file.js or council-charts.${family}.one-file.js`);
    }
    // The module for the family: for charts of a family whose data are all JSON (so far), the
    // family's module without the text readers; text arriving later brings the family's whole
    // module, once, for every chart after it.
    let module = family;
    if (modules[`${family}Json`] && !byFamily[family]) {
      const same = [...document.querySelectorAll(name)].filter((e) => FAMILY[e.getAttribute("kind") ?? "kpi"] === family);
      if (!same.some(maybeText)) module = `${family}Json`;
    }
    if (!loaded && !byFamily[module]) {
      const families = new Set([family]);
      for (const element of document.querySelectorAll(name)) families.add(FAMILY[element.getAttribute("kind") ?? "kpi"]);
      families.delete(undefined);
      if (modules.all && (!modules[family] || (families.size > 1 && Object.keys(byFamily).length === 0))) loaded = modules.all();
      else byFamily[module] = modules[module]();
    }
    return (await (loaded ?? byFamily[module]))[DRAW[kind]];
  };

  // Elements are drawn once they come within a screen of the viewport.
  const nearby = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearby.unobserve(entry.target);
        entry.target.render();
      }
    },
    { rootMargin: "100% 0px" },
  );

  // Printing draws every chart still waiting below the fold, so none prints as blank space.
  // Drawing is asynchronous: a chart whose data or module is already here is drawn before the
  // page is laid out for paper (so these do not wait for a task of their own; see `render`);
  // one still loading is drawn as soon as it arrives.
  let printing = false;
  const drawWaiting = () => {
    printing = true;
    try {
      for (const element of document.querySelectorAll(name)) {
        if (element.isConnected && element.dataset.state === "waiting") {
          nearby.unobserve(element);
          element.render();
        }
      }
    } finally {
      printing = false;
    }
  };
  window.addEventListener("beforeprint", drawWaiting);
  window.matchMedia?.("print").addEventListener?.("change", (event) => event.matches && drawWaiting());

  // A spreadsheet's bytes, read by the spreadsheet module (fetched on first use only).
  const readSheet = async (bytes, options) => {
    if (!modules.sheet) throw new Error("src: this build of council-charts does not read spreadsheets; save the sheet as CSV");
    return (await modules.sheet()).readSpreadsheet(bytes, options);
  };

  class CouncilChart extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #chart = null;
    #message = null;
    #generation = 0;
    #wanted = false;

    connectedCallback() {
      // A block, unless the page's own CSS says otherwise.
      if (getComputedStyle(this).display === "inline") this.style.display = "block";
      if (!this.#chart && !this.#message) {
        // Room for the chart before it is drawn: the page does not move when it arrives, and
        // empty elements are not all "in view" at once.
        this.style.minHeight = this.#reserved();
        this.dataset.state = "waiting";
      }
      nearby.observe(this);
    }

    disconnectedCallback() {
      nearby.unobserve(this);
      this.#generation++;
      this.#wanted = false;
      this.#clear();
      this.dataset.state = "waiting";
    }

    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.#wanted) this.render();
    }

    /** The library's chart (or scorecard) object, once drawn: update, describe, toCsv, ... */
    get chart() {
      return this.#chart;
    }

    /** Draws (or redraws) now, whether or not the element is in view. */
    async render() {
      const inTurn = !printing;
      this.#wanted = true;
      const generation = ++this.#generation;
      try {
        checkAttributes(this);
        const kind = this.getAttribute("kind") ?? "kpi";
        if (!KINDS.includes(kind)) throw new Error(`kind: expected one of ${KINDS.join(", ")}, found "${kind}"`);
        const options = this.#options();
        // The data usually comes before the WebAssembly: the room kept is then made to fit it.
        const read = this.#data().then((data) => {
          if (generation === this.#generation && !this.#chart) this.style.minHeight = this.#reserved(data);
          return data;
        });
        const [data, draw] = await Promise.all([read, drawing(kind)]);
        if (inTurn) await nextTask();
        if (generation !== this.#generation || !this.isConnected) return;
        this.#clear();
        this.#chart = draw(this, data, options);
        this.style.minHeight = "";
        this.dataset.state = "drawn";
        this.dispatchEvent(new CustomEvent("council-chart-drawn", { bubbles: true }));
      } catch (error) {
        if (generation !== this.#generation) return;
        this.#clear();
        this.#fail(explained(error));
      }
    }

    // The chart's height before it is drawn (see `room`).
    #reserved(data = undefined) {
      let options = {};
      try {
        options = this.#options();
      } catch {
        // A bad options attribute is reported when the chart is drawn.
      }
      return room(this.getAttribute("kind") ?? "kpi", options, this.clientWidth, data);
    }

    #options() {
      const text = this.getAttribute("options");
      let options = {};
      if (text) {
        try {
          options = JSON.parse(text);
        } catch (error) {
          throw new Error(`options: expected JSON, such as {"toolbar": true}; ${error.message}`);
        }
      }
      const view = this.getAttribute("view");
      return view ? { ...options, view } : options;
    }

    // The data: from `src`, or from a child <script type="application/json"> or "text/csv".
    // CSV goes to the library as text; JSON is parsed here, never evaluated.
    async #data() {
      const src = this.getAttribute("src");
      if (src) {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`src: could not load "${src}" (${response.status} ${response.statusText})`);
        if (isSpreadsheet(src, response)) {
          const options = { sheet: this.getAttribute("sheet") ?? undefined, range: this.getAttribute("range") ?? undefined };
          return readSheet(await response.arrayBuffer(), options);
        }
        const text = await response.text();
        if (!/\.json($|\?)/i.test(src) && !(response.headers.get("content-type") ?? "").includes("json")) return text;
        const data = parseJson(text, `src "${src}"`);
        return this.getAttribute("kind") === "scorecard" && Array.isArray(data) ? withFiles(data, readSheet) : data;
      }
      const script = this.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
      if (!script) throw new Error('data: give a src attribute or a <script type="application/json"> inside the element');
      if (script.type === "text/csv") return script.textContent;
      const data = parseJson(script.textContent, "the inline JSON");
      return this.getAttribute("kind") === "scorecard" && Array.isArray(data) ? withFiles(data, readSheet) : data;
    }

    #clear() {
      this.#chart?.destroy();
      this.#chart = null;
      this.#message?.remove();
      this.#message = null;
    }

    #fail(error) {
      console.error(`<${name}>:`, error);
      const message = document.createElement("p");
      message.className = "council-chart__error";
      message.setAttribute("role", "alert");
      message.textContent = `This chart could not be drawn. ${error?.message ?? error}`;
      message.style.borderLeft = "5px solid #d4351c";
      message.style.padding = "0.5rem 0.75rem";
      message.style.margin = "0";
      message.style.overflowWrap = "anywhere";
      this.append(message);
      this.#message = message;
      this.style.minHeight = "";
      this.dataset.state = "error";
    }
  }

  customElements.define(name, CouncilChart);
  return CouncilChart;
}

/**
 * Keeps the room a chart mounted by script will take in `container`, from before the
 * WebAssembly (and the data, if it is not given) arrive, so the page does not jump when it is
 * drawn. Returns a function that gives the room back: call it once the chart is mounted.
 *
 *   const release = reserveRoom(element, "kpi", { view: "line" });
 *   await init();
 *   kpiChart(element, data, { view: "line" });
 *   release();
 */
export function reserveRoom(container, kind = "kpi", options = {}, data = undefined) {
  const before = container.style.minHeight;
  container.style.minHeight = room(kind, options ?? {}, container.clientWidth, data);
  return () => {
    container.style.minHeight = before;
  };
}

// A chart's height before it is drawn, as the library will choose it: the canvas
// (src/chart/*.rs, lay_out) and the figure's text around it (src/web/dom/). Views whose canvas
// height depends on their data keep 16rem.
function room(kind, options, width, data) {
  const canvas = Number.isFinite(options.height) && options.height > 0 ? options.height : width > 0 ? canvasHeight(kind, options.view, width, data) : null;
  return canvas === null ? "16rem" : `calc(${canvas}px + ${aroundCanvas(kind, options, data, width)}rem)`;
}

const clamp = (value, low, high) => Math.min(Math.max(value, low), high);

// The natural canvas height of a view at `width`, where it can be known before the library is
// loaded; `null` where it cannot. From the library's table of views (VIEW_HEIGHTS, below), and
// checked against drawn charts by the element test in tests/e2e/embedding (the judgement grid's
// is an estimate: one line per name and heading).
function canvasHeight(kind, view, width, data) {
  const areas = data !== null && typeof data === "object" && Array.isArray(data.areas) ? data.areas.length : 0;
  if (kind === "judgement" && (view === undefined || view === "grid") && areas > 0) {
    // src/scene/judgement/grid.rs: a heading row, then a row per area (the name above its cells
    // below 480 px), then the key of grades.
    const row = width < 480 ? 17 + 4 + 46 + 10 : 46 + 10;
    return 23 + areas * row + 6 + (width < 480 ? 76 : 40) + 8;
  }
  const rule = VIEW_HEIGHTS[`${kind}/${view ?? DEFAULT_VIEWS[kind]}`];
  return rule === undefined ? null : clamp(width * rule[0], rule[1], rule[2]);
}

// Generated from src/chart/views.rs by `UPDATE_SNAPSHOTS=1 cargo test --test views`; edit there.
// Each view's canvas height for a width that the library knows before reading the data, as
// [share of the width, least, most] in CSS px; and each kind's default view.
const VIEW_HEIGHTS = {
  "kpi/line": [0.5, 240, 420],
  "kpi/sparkline": [0, 44, 44],
  "kpi/bullet": [0, 124, 124],
  "kpi/distribution": [0.4, 280, 360],
  "kpi/map": [1, 480, 760],
  "judgement/map": [1, 480, 760],
  "funding/stacked": [0.55, 300, 460],
};
const DEFAULT_VIEWS = {
  kpi: "line",
  judgement: "grid",
  funding: "stacked",
};
// End of generated code.

// The height in rem of the figure's text around the canvas (src/web/dom/mod.rs): the plot's margin
// and two visually hidden lines (description, keys); with titles, the title and the "Show data
// table" button, and the subtitle and source where there are any (a source takes two lines on
// a phone); a KPI line's legend when it has several series; a funding plan's note on whether it
// adds up. Before the data is read, what most charts have is assumed, as council-charts.css does.
function aroundCanvas(kind, options, data, width) {
  const known = data !== undefined;
  const plan = data !== null && typeof data === "object" && !Array.isArray(data) ? data : null;
  const view = options.view ?? DEFAULT_VIEWS[kind];
  let rem = 0.625;
  if (options.titles !== false) {
    rem += 1.5 + 2.25;
    if (known ? (options.subtitle ?? plan?.subtitle) : true) rem += 1.25;
    if (known ? (options.source ?? plan?.source) : true) rem += width < 600 ? 2 : 1.25;
  }
  if (kind === "kpi" && view === "line" && (plan ? (plan.series?.length ?? 0) > 1 : true)) rem += 1.875;
  if (kind === "funding") rem += 2.5;
  return rem;
}

// A scorecard's items may name a file instead of giving data: { "src": "cla.csv", "options":
// { ... } }. Each file is fetched once however many items name it, and given as the item's data
// (JSON files parsed), so a report page of indicators from published files needs no script.
async function withFiles(items, readSheet) {
  const files = new Map();
  const fetchOnce = (src) => {
    if (!files.has(src)) {
      files.set(src, fetch(src).then(async (response) => {
        if (!response.ok) throw new Error(`src: could not load "${src}" (${response.status} ${response.statusText})`);
        if (isSpreadsheet(src, response)) return readSheet(await response.arrayBuffer(), sheetOf(src));
        const text = await response.text();
        return /\.json($|\?)/i.test(src) ? parseJson(text, `src "${src}"`) : text;
      }));
    }
    return files.get(src);
  };
  return Promise.all(items.map(async (item, i) => {
    if (item === null || typeof item !== "object" || !("src" in item)) return item;
    if (typeof item.src !== "string") throw new Error(`[${i}].src: expected the file's address as text`);
    if ("data" in item) throw new Error(`[${i}]: give "src" or "data", not both`);
    const { src, ...rest } = item;
    return { ...rest, data: await fetchOnce(src) };
  }));
}

// A .xlsx or .ods file, by its name or as the server says.
const SPREADSHEET_TYPES = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.spreadsheet"];
function isSpreadsheet(src, response) {
  const type = response.headers.get("content-type") ?? "";
  return /\.(xlsx|ods)($|[?#])/i.test(src) || SPREADSHEET_TYPES.some((t) => type.startsWith(t));
}

// A scorecard item's sheet, named in its address's fragment: "outcomes.ods#sheet=Rates".
function sheetOf(src) {
  const sheet = /#sheet=([^&]*)/.exec(src)?.[1];
  return sheet ? { sheet: decodeURIComponent(sheet) } : undefined;
}

function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`data: ${where} is not valid JSON (${error.message})`);
  }
}
