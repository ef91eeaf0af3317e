// Two components in React StrictMode, which runs every effect twice on mount: the README's
// (an effect that returns chart.destroy) and a first attempt with no cleanup. Either way each
// container must hold one chart, through every council switch.
import { StrictMode, createElement as h, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import init, { kpiChart } from "council-charts";

const councils = {
  Northshire: [61, 64, 58],
  Southbury: [72, 70, 75],
  Eastborough: [49, 52, 55],
};

function kpi(council) {
  return {
    title: `Children looked after per 10,000 children: ${council}`,
    unit: "per 10,000",
    polarity: "lower-is-better",
    series: [
      { name: council, start: "2022", values: councils[council] },
      { name: "England", role: "benchmark", start: "2022", values: [70, 71, 70] },
    ],
  };
}

// As the README shows: the effect draws, and its cleanup destroys.
function KpiChart({ data }) {
  const ref = useRef(null);
  useEffect(() => {
    const chart = kpiChart(ref.current, data);
    return () => chart.destroy();
  }, [data]);
  return h("div", { ref, className: "chart", "data-kind": "documented" });
}

// A first attempt: no cleanup. The library replaces the chart a container already holds.
function FirstAttempt({ data }) {
  const ref = useRef(null);
  useEffect(() => {
    kpiChart(ref.current, data);
  }, [data]);
  return h("div", { ref, className: "chart", "data-kind": "first-attempt" });
}

function App() {
  const [council, setCouncil] = useState("Northshire");
  const data = kpi(council);
  const next = () => {
    const names = Object.keys(councils);
    setCouncil(names[(names.indexOf(council) + 1) % names.length]);
  };
  return h(
    "main",
    null,
    h("button", { id: "switch", onClick: next }, "Next council"),
    h("p", { id: "council" }, council),
    h(KpiChart, { data }),
    h(FirstAttempt, { data }),
  );
}

await init();
createRoot(document.getElementById("root")).render(h(StrictMode, null, h(App)));
