//! A linear map between data values and pixels, both ways.

/// Maps `domain` onto `range`. A zero-width domain maps everything to the range's middle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LinearScale { d0: domain.0, d1: domain.1, r0: range.0, r1: range.1 }
    }

    pub fn map(&self, value: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 || !span.is_finite() {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (value - self.d0) / span * (self.r1 - self.r0)
    }

    pub fn invert(&self, pixel: f64) -> f64 {
        let span = self.r1 - self.r0;
        if span == 0.0 {
            return self.d0;
        }
        self.d0 + (pixel - self.r0) / span * (self.d1 - self.d0)
    }

    pub fn domain(&self) -> (f64, f64) {
        (self.d0, self.d1)
    }
}
