//! What the three charts of one picture share: the chart as the page draws it, and the builder
//! and options that `web::mount` keeps so that an update reads new data the same way.

use crate::chart::Builder;
use crate::error::ChartError;
use crate::model::shapes::results::Summary;
use crate::model::Json;

/// A chart of one picture, read and checked. The builder and options serve `web::mount` only.
// Only the whole library's WebAssembly has web::mount; natively and in one family's module
// the builder and options are unused.
#[allow(dead_code)]
pub(crate) struct Drawn {
    pub(crate) chart: Box<dyn crate::chart::Chart>,
    pub(crate) builder: Builder,
    pub(crate) options: Json,
}

impl Drawn {
    pub(super) fn read(builder: Builder, data: &Json, options: Json) -> Result<Drawn, ChartError> {
        Ok(Drawn { chart: builder(data, &options)?, builder, options })
    }
}

/// The three charts of one picture, each a `Drawn` inside.
pub(crate) trait OnePicture {
    fn drawn(&self) -> &Drawn;
    /// For `web::mount`.
    #[allow(dead_code)]
    fn into_drawn(self) -> Drawn;
}

impl<T: OnePicture + super::sealed::Sealed> super::Chart for T {
    fn describe(&self) -> String {
        self.drawn().chart.describe()
    }
    fn summary(&self) -> Summary {
        self.drawn().chart.summary()
    }
    fn to_csv(&self) -> String {
        self.drawn().chart.to_csv()
    }
    fn to_svg(&self, width: f64) -> Result<String, ChartError> {
        super::svg_of(self.drawn().chart.as_ref(), width)
    }
}

/// `OnePicture` for a front-door chart that wraps a `Drawn`.
macro_rules! one_picture {
    ($chart:ident) => {
        impl super::drawn::OnePicture for $chart {
            fn drawn(&self) -> &super::drawn::Drawn {
                &self.0
            }
            fn into_drawn(self) -> super::drawn::Drawn {
                self.0
            }
        }
    };
}
pub(super) use one_picture;
