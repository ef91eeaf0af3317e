// readSpreadsheet(bytes, options): a .xlsx or .ods file's chosen sheet as the tab-separated text
// every chart function takes. The reader is its own WebAssembly module (sheet/), fetched the
// first time a page calls this, so no page that draws from CSV or JSON loads a byte of it.
let reader = null;

/** @returns {Promise<string>} */
export function readSpreadsheet(bytes, options) {
  reader ??= import("./sheet/council_charts_sheet.js").then(async (module) => (await module.default(), module));
  // A failed fetch is tried again on the next call rather than remembered.
  reader.catch(() => (reader = null));
  return reader.then((module) => module.readSpreadsheet(bytes, options));
}
