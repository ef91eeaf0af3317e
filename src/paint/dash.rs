//! Dashes, which neither plotters backend draws: a dashed line becomes its visible pieces.

/// Splits a polyline into the runs a dash pattern of `on`/`off` lengths leaves visible.
pub fn dash_runs(points: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs = Vec::new();
    if on <= 0.0 || off < 0.0 {
        return vec![points.to_vec()];
    }
    let mut current: Vec<(f64, f64)> = Vec::new();
    let mut drawing = true;
    let mut left = on;
    for pair in points.windows(2) {
        let [(x0, y0), (x1, y1)] = pair else { continue };
        let length = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        let mut travelled = 0.0;
        if drawing && current.is_empty() {
            current.push((*x0, *y0));
        }
        while length - travelled > left {
            travelled += left;
            let t = travelled / length;
            let at = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
            if drawing {
                current.push(at);
                runs.push(std::mem::take(&mut current));
            } else {
                current.push(at);
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= length - travelled;
        if drawing {
            current.push((*x1, *y1));
        } else {
            current.clear();
        }
    }
    if drawing && current.len() > 1 {
        runs.push(current);
    }
    runs
}
