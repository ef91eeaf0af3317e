//! plotters-canvas's backend with its straight lines gathered: consecutive two-point lines of
//! one colour and width go into one path, stroked once, and the stroke style is set only when
//! it changes. plotters-canvas strokes each line alone and writes its colour as a new
//! `rgba(...)` string every time (seven calls into JavaScript and a `format!` a line); a
//! dashed target line across a scorecard tile is some 45 such lines, so 100 tiles made 4,500
//! of them (issue 45). Everything else is passed through, after the gathered lines are
//! stroked, so shapes keep their order.

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use web_sys::CanvasRenderingContext2d;

/// A line's look: its colour (red, green, blue, alpha) and width, compared exactly.
type Look = ((u8, u8, u8), u64, u32);

fn look(color: BackendColor, width: u32) -> Look {
    (color.rgb, color.alpha.to_bits(), width)
}

pub struct GatheredLines {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// The look of the lines in the open path, if one is open.
    open: Option<Look>,
    /// The stroke style last set here; forgotten whenever plotters-canvas draws (it sets its own).
    set: Option<Look>,
}

impl GatheredLines {
    pub fn new(inner: CanvasBackend, context: CanvasRenderingContext2d) -> Self {
        GatheredLines { inner, context, open: None, set: None }
    }

    /// Strokes the lines gathered so far.
    pub fn flush(&mut self) {
        if self.open.take().is_some() {
            self.context.stroke();
        }
    }

    /// Before plotters-canvas draws anything: the gathered lines first, and the style it
    /// leaves behind is not ours.
    fn pass(&mut self) -> &mut CanvasBackend {
        self.flush();
        self.set = None;
        &mut self.inner
    }
}

type Drawn = Result<(), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

impl DrawingBackend for GatheredLines {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        self.pass().ensure_prepared()
    }

    fn present(&mut self) -> Drawn {
        self.pass().present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.pass().draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let wanted = look(color, style.stroke_width());
        if self.open != Some(wanted) {
            self.flush();
            if self.set != Some(wanted) {
                let (r, g, b) = color.rgb;
                let css = format!("rgba({r},{g},{b},{})", color.alpha);
                self.context.set_stroke_style_str(&css);
                self.context.set_line_width(f64::from(style.stroke_width()));
                self.set = Some(wanted);
            }
            self.context.begin_path();
            self.open = Some(wanted);
        }
        // As plotters-canvas places them: a level or upright line on the pixels' middle, so a
        // one-pixel line is one pixel wide, not two half-tones.
        let (mut a, mut b) = ((f64::from(from.0), f64::from(from.1)), (f64::from(to.0), f64::from(to.1)));
        if from.0 == to.0 {
            a.0 -= 0.5;
            b.0 -= 0.5;
        }
        if from.1 == to.1 {
            a.1 -= 0.5;
            b.1 -= 0.5;
        }
        self.context.move_to(a.0, a.1);
        self.context.line_to(b.0, b.1);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.pass().draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        self.pass().draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        self.pass().draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Drawn {
        self.pass().fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Drawn {
        self.pass().draw_text(text, style, pos)
    }
}
