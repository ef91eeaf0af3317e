// <council-chart>: a chart from HTML alone, for CMS editors and intranet pages.
//
//   <council-chart kind="kpi" view="line" src="data/kpi.json"></council-chart>
//   <council-chart kind="funding"><script type="application/json">{ ... }</script></council-chart>
//   <council-chart kind="judgement" options='{"toolbar":true}'><script type="text/csv">Area,2019,2023 ...</script></council-chart>
//
// `kind` is kpi, judgement, funding or scorecard; `view` and `options` (JSON) are as for the
// JavaScript functions. Changing an attribute redraws; removing the element destroys the chart.
// Bad data shows its message inside the element, as text, and is logged. Charts are drawn when
// they come near the viewport, so a page of a hundred opens quickly, and all share one
// WebAssembly instance.
//
// This file takes the library as an argument so that the npm package and the one-file build
// can share it: scripts/package.mjs writes the npm entry (element.js) and the one-file build.

const KINDS = ["kpi", "judgement", "funding", "scorecard"];

/** Defines <council-chart> (or `name`) with `library`: `{ init, kpiChart, judgementChart, fundingChart, kpiScorecard }`. */
export function defineCouncilChart(library, name = "council-chart") {
  const existing = customElements.get(name);
  if (existing) return existing;
  const draw = { kpi: library.kpiChart, judgement: library.judgementChart, funding: library.fundingChart, scorecard: library.kpiScorecard };
  let ready = null;
  const initialise = () => (ready ??= Promise.resolve(library.init()));

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

  class CouncilChart extends HTMLElement {
    static observedAttributes = ["kind", "view", "src", "options"];
    #chart = null;
    #message = null;
    #generation = 0;
    #wanted = false;

    connectedCallback() {
      // A block, unless the page's own CSS says otherwise.
      if (getComputedStyle(this).display === "inline") this.style.display = "block";
      if (!this.#chart && !this.#message) {
        // Room for a chart before it is drawn: empty elements would all be "in view" at once.
        this.style.minHeight = "16rem";
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
      this.#wanted = true;
      const generation = ++this.#generation;
      try {
        const kind = this.getAttribute("kind") ?? "kpi";
        if (!KINDS.includes(kind)) throw new Error(`kind: expected one of ${KINDS.join(", ")}, found "${kind}"`);
        const options = this.#options();
        const [data] = await Promise.all([this.#data(), initialise()]);
        if (generation !== this.#generation || !this.isConnected) return;
        this.#clear();
        this.#chart = draw[kind](this, data, options);
        this.style.minHeight = "";
        this.dataset.state = "drawn";
        this.dispatchEvent(new CustomEvent("council-chart-drawn", { bubbles: true }));
      } catch (error) {
        if (generation !== this.#generation) return;
        this.#clear();
        this.#fail(error);
      }
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
        const text = await response.text();
        return /\.json($|\?)/i.test(src) || (response.headers.get("content-type") ?? "").includes("json") ? parseJson(text, `src "${src}"`) : text;
      }
      const script = this.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
      if (!script) throw new Error('data: give a src attribute or a <script type="application/json"> inside the element');
      return script.type === "text/csv" ? script.textContent : parseJson(script.textContent, "the inline JSON");
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

function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`data: ${where} is not valid JSON (${error.message})`);
  }
}
