//! Hover hit-testing, one line per case in tests/cases/hits.txt: which datum a pointer at (x, y)
//! picks among a scene's point and area targets.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use council_charts::testing::interact::{HitIndex, Hits};
use council_charts::testing::scene::{Datum, Rect, Target};

#[test]
fn hits() {
    support::run_cases("hits.txt", |input| {
        let (targets, query) = input.split_once('@').expect("a case has '@'");
        let (mut points, mut areas) = (0, 0);
        let targets: Vec<Target> = targets
            .split_whitespace()
            .map(|t| {
                let n: Vec<f64> = t.split(',').map(|v| v.parse().expect("a number")).collect();
                let (group, counter) = if n.len() == 4 { (1, &mut areas) } else { (0, &mut points) };
                let datum = Datum::Point { series: group, index: *counter };
                *counter += 1;
                let bounds = (n.len() == 4).then(|| Rect { x: n[0], y: n[1], width: n[2], height: n[3] });
                let (x, y) = bounds.map_or((n[0], n[1]), |b| (b.x + b.width / 2.0, b.y + b.height / 2.0));
                Target { x, y, datum, bounds }
            })
            .collect();
        let q: Vec<f64> = query
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|v| v.parse().expect("a number"))
            .collect();
        // As a mounted chart asks: through the index built at the first pointer move, which
        // must answer as an index built at once would.
        let mut hits = Hits::new(targets.clone());
        let picked = hits.index().nearest(q[0], q[1], q[2]);
        assert_eq!(picked, HitIndex::new(&targets).nearest(q[0], q[1], q[2]));
        assert_eq!(hits.index(), &HitIndex::new(&targets), "asked again, the same index");
        match picked {
            Some(t) => format!("{}.{}", t.datum.row().1, t.datum.along()),
            None => "none".to_owned(),
        }
    });
}
