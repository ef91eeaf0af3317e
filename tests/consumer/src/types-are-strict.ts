// The declarations refuse what the library refuses: each line below must be a type error, or
// tsc fails with "Unused '@ts-expect-error' directive".
import { kpiChart, judgementChart, fundingChart, type KpiData } from "council-charts";

const el = document.body;
// @ts-expect-error a KPI needs a title
const untitled: KpiData = { series: [] };
// @ts-expect-error polarity is one of three words
const wrongPolarity: KpiData = { title: "T", polarity: "up", series: [] };
// @ts-expect-error a value is a number or null, not text
const textValue: KpiData = { title: "T", series: [{ name: "A", points: [{ period: "2019", value: "58" }] }] };
// @ts-expect-error no such view
kpiChart(el, { title: "T", series: [] }, { view: "pie" });
// @ts-expect-error judgements need areas
judgementChart(el, { title: "T", inspections: [] });
// @ts-expect-error funding figures are numbers, null, "-" or ""
fundingChart(el, { title: "T", columns: ["A"], sections: [{ name: "S", lines: [{ name: "L", values: ["n/a"] }] }] });
export { untitled, wrongPolarity, textValue };
