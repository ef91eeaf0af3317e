//! The funding chart: a checked plan, what reconciling it found, and the columns a view shows.
//! Views: `stacked` (default; a bar per column, stacked by section), `waterfall` (from one
//! column to another through each line's change) and `lines` (two columns side by side, line
//! by line). `options.columns` picks the columns: any number for stacked, two for the others.

use super::options::{read_options, Options};
use super::views::Registered;
use super::Chart;
use super::{Laid, ViewLayout};
use crate::error::ChartError;
use crate::interact::sound::{Melody, Voice};
use crate::interact::Tooltip;
use crate::model::funding::reconcile::{reconcile, Finding};
use crate::model::funding::{ChosenColumns, FundingPlan};
use crate::model::titles::Titles;
use crate::model::view::FundingView;
use crate::model::{Json, Node};
use crate::scene::funding::lines::{funding_lines, lines_height};
use crate::scene::funding::plan_frame::PlanView;
use crate::scene::funding::stacked::{funding_stacked, stacked_height};
use crate::scene::funding::waterfall::{funding_waterfall, waterfall_layout};
use crate::scene::{Datum, Frame, Scene, TextMeasure, Theme};
use crate::words;
use crate::words::funding::PlanWords;

#[derive(Debug, Clone, PartialEq)]
pub struct FundingChart {
    pub plan: FundingPlan,
    pub findings: Vec<Finding>,
    pub options: Options,
    /// The columns drawn: for `stacked`, the bars in order; for the others, exactly two.
    pub columns: ChosenColumns,
    pub view: FundingView,
}

impl FundingChart {
    pub fn read(data: &Json, options: &Json) -> Result<FundingChart, ChartError> {
        let (parsed, view) = read_options::<FundingView>(options)?;
        let mut plan = crate::model::input::read_plan(data, options)?;
        plan.titles = plan.titles.with_context(parsed.accessed.clone());
        let columns = read_columns(&plan, options, view)?;
        let findings = reconcile(&plan);
        Ok(FundingChart { plan, findings, options: parsed, columns, view })
    }

    pub fn build(data: &Json, options: &Json) -> Result<Box<dyn Chart>, ChartError> {
        Ok(Box::new(FundingChart::read(data, options)?))
    }

    /// The two columns compared by the waterfall and lines views.
    pub fn pair(&self) -> (usize, usize) {
        self.columns.pair()
    }

    /// What the chart's words are made from.
    fn words(&self) -> PlanWords<'_> {
        PlanWords { plan: &self.plan, findings: &self.findings, columns: &self.columns, view: self.view }
    }

    /// What the funding views draw: the plan, its chosen columns, and the notes drawn in
    /// with the titles when exporting.
    fn view(&self) -> PlanView<'_> {
        PlanView { plan: &self.plan, columns: &self.columns, notes: words::funding::notes(&self.plan, &self.findings) }
    }
}

/// `options.columns`, or the view's default: for `stacked`, the net column of an outturn table
/// (income is never stacked as spending), else every column that is not derived;
/// for two-column views, the pair a derived column compares (planned to projected), or else
/// the last two columns that are not derived.
fn read_columns(plan: &FundingPlan, options: &Json, view: FundingView) -> Result<ChosenColumns, ChartError> {
    let list = read_column_list(plan, options, view)?;
    ChosenColumns::new(plan, list).ok_or_else(|| ChartError::new("options.columns", "names no column of the plan"))
}

fn read_column_list(plan: &FundingPlan, options: &Json, view: FundingView) -> Result<Vec<usize>, ChartError> {
    let node = Node::named(options, "options");
    let given = if node.is_null() { None } else { node.object()?.optional("columns") };
    let pairwise = view != FundingView::Stacked;
    let Some(given) = given else {
        let primary = plan.primary_columns();
        if !pairwise {
            if let Some(net) = plan.net_column() {
                return Ok(vec![net]);
            }
            return Ok(if primary.is_empty() { (0..plan.columns().len()).collect() } else { primary });
        }
        if let Some(d) = plan.derived.iter().find(|d| d.add.len() == 1 && d.subtract.len() == 1) {
            return Ok(d.subtract.iter().chain(&d.add).copied().collect());
        }
        return match primary.as_slice() {
            [.., a, b] => Ok(vec![*a, *b]),
            _ if plan.columns().len() >= 2 => Ok(vec![0, 1]),
            _ => Err(ChartError::new(
                "options.view",
                format!("the \"{view}\" view compares two columns, but the plan has only one"),
            )),
        };
    };
    let items = given.array()?;
    let mut columns = Vec::with_capacity(items.len());
    for item in &items {
        let name = item.string()?;
        let index = plan.column_index(name).ok_or_else(|| {
            item.error(format!("\"{name}\" is not one of the plan's columns ({})", plan.columns().join(", ")))
        })?;
        if columns.contains(&index) {
            return Err(item.error(format!("\"{name}\" is listed twice")));
        }
        columns.push(index);
    }
    if pairwise && columns.len() != 2 {
        return Err(given
            .error(format!("the \"{view}\" view compares two columns: expected two names, found {}", columns.len())));
    }
    if columns.is_empty() {
        return Err(given.error("expected at least one column name, found an empty list"));
    }
    Ok(columns)
}

impl Chart for FundingChart {
    fn rows(&self) -> Option<&'static str> {
        self.view.spec().rows
    }
    fn kind_words(&self) -> &'static str {
        self.view.spec().kind_words
    }
    fn melody(&self, _cursor: Option<Datum>, benchmarks: bool) -> Option<Melody> {
        let plan = &self.plan;
        // Each section's amount (its printed subtotal, or its lines' sum) in the first column
        // drawn; the other columns after it on request.
        let voice = |column: usize| {
            plan.columns().get(column).map(|name| Voice {
                name: name.clone(),
                values: (0..plan.sections().len())
                    .map(|s| match plan.sections().get(s).and_then(|section| section.subtotal.as_ref()) {
                        Some(subtotal) => subtotal.get(column).copied().flatten(),
                        None => Some(plan.section_sum(s, column)),
                    })
                    .collect(),
            })
        };
        let mut columns = self.columns.all().to_vec();
        columns.dedup();
        columns.truncate(if benchmarks { columns.len() } else { 1 });
        Some(Melody { voices: columns.into_iter().filter_map(voice).collect(), reference: None, what: "amount" })
    }
    fn options(&self) -> &Options {
        &self.options
    }
    fn titles(&self) -> &Titles {
        &self.plan.titles
    }
    fn lay_out(&self, width: f64, measure: &dyn TextMeasure) -> Laid {
        let (needed, layout) = match self.view {
            FundingView::Waterfall => {
                let waterfall = waterfall_layout(&self.view(), width, measure);
                (waterfall.height(), ViewLayout::Waterfall(waterfall))
            }
            FundingView::Lines => (lines_height(&self.view(), width, measure), ViewLayout::AsDrawn),
            FundingView::Stacked => {
                let natural = self.view.spec().height.at(width).unwrap_or(300.0);
                (stacked_height(&self.view(), width, natural, measure), ViewLayout::AsDrawn)
            }
        };
        Laid { height: self.options.height.unwrap_or(needed), layout }
    }
    fn scene_from(&self, frame: Frame, laid: &Laid, theme: &Theme, measure: &dyn TextMeasure) -> Scene {
        match self.view {
            FundingView::Waterfall => funding_waterfall(&self.view(), laid.waterfall(), frame, theme, measure),
            FundingView::Lines => funding_lines(&self.view(), frame, theme, measure),
            FundingView::Stacked => funding_stacked(&self.view(), frame, theme, measure),
        }
    }
    fn tooltip(&self, datum: Datum) -> Option<Tooltip> {
        words::funding::tooltip(&self.words(), datum)
    }
    fn describe(&self) -> String {
        words::funding::describe(&self.words())
    }
    fn summary(&self) -> crate::model::shapes::results::Summary {
        crate::model::shapes::results::Summary::Funding(words::summary::funding_summary(&self.plan, &self.findings))
    }
    fn to_csv(&self) -> String {
        crate::export::csv::funding_csv(&self.plan)
    }
    fn table(&self) -> crate::export::table::DataTable {
        match self.view {
            FundingView::Waterfall => {
                let (from, to) = self.columns.pair();
                crate::export::table::waterfall_table(&self.plan, from, to)
            }
            FundingView::Stacked | FundingView::Lines => crate::export::table::funding_table(&self.plan),
        }
    }
    fn notes(&self) -> Vec<String> {
        words::funding::notes(&self.plan, &self.findings)
    }
}
