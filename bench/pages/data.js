// The benchmark's data, the same for every library: three daily series of 55,550 values
// (a yearly cycle, a slow trend and repeatable noise), and 100 small KPIs for the scorecard.
export const POINTS = 55550;
export const START_DAY = -35794; // 1 January 1872, in days since 1970-01-01
export const NAMES = ["Series A", "Series B", "Series C"];

export function longSeries() {
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  return NAMES.map((_, s) => {
    const values = new Float64Array(POINTS);
    for (let i = 0; i < POINTS; i++) values[i] = 100 + 25 * s + 15 * Math.sin((i / 365.25) * 2 * Math.PI) + i / 2000 + 12 * noise();
    return values;
  });
}

const QUARTERS = ["Q1 2019/20", "Q2 2019/20", "Q3 2019/20", "Q4 2019/20", "Q1 2020/21", "Q2 2020/21", "Q3 2020/21", "Q4 2020/21"];

export function kpis(count = 100) {
  return Array.from({ length: count }, (_, k) => ({
    title: `Indicator ${k + 1}`,
    unit: k % 2 ? "%" : "count",
    polarity: k % 3 ? "lower-is-better" : "higher-is-better",
    target: 20,
    series: [{ name: "Council", points: QUARTERS.map((period, i) => ({ period, value: 20 + ((k * 7 + i * 5) % 11) - 5 })) }],
  }));
}

// A tile's words, the same for every library: the KPI's title and its latest value.
export function tileText(el, kpi) {
  const title = document.createElement("h3");
  title.textContent = kpi.title;
  const points = kpi.series[0].points;
  const value = document.createElement("p");
  value.textContent = String(points[points.length - 1].value);
  el.append(title, value);
  return points;
}
