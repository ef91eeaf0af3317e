//! A mounted chart as the page's shared watches see it (`web::watched`): held weakly, so a
//! watch never keeps a destroyed chart alive, and skipped while it is busy drawing; and the
//! page's theme read and worn in separate steps, so that many charts read before any writes.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::JsValue;

use super::{with, Mounted};
use crate::scene::Theme;
use crate::web::measure::CanvasMeasure;
use crate::web::watched::{PageEvent, Watched};

impl Mounted {
    /// Reads the theme from the page again and, if it changed, redraws in it.
    pub fn retheme(&mut self) -> Result<(), JsValue> {
        if let Some(theme) = self.new_theme()? {
            self.wear(theme)?;
            self.render(true)?;
        }
        Ok(())
    }

    /// The theme the page now gives this chart, if it is not the one the chart wears. Reads
    /// only, so that many charts can read theirs before any changes the page.
    pub fn new_theme(&self) -> Result<Option<Theme>, JsValue> {
        let Some(container) = self
            .dom
            .figure()
            .parent_element()
            .and_then(|p| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(p).ok())
        else {
            return Ok(None);
        };
        let theme = crate::web::theme::page_theme(&container).map_err(JsValue::from)?;
        Ok((theme != self.theme).then_some(theme))
    }

    /// Wears `theme`: everything but the drawing, which the caller does (for many charts, after
    /// measuring them all).
    pub fn wear(&mut self, theme: Theme) -> Result<(), JsValue> {
        self.dom.apply_theme(&theme)?;
        if theme.font_family != self.theme.font_family {
            self.measure = CanvasMeasure::new(&theme.font_family);
        }
        self.theme = theme;
        self.fill_html()
    }
}

impl Watched for Weak<RefCell<Mounted>> {
    fn measure(&self) -> Option<f64> {
        Some(self.upgrade()?.try_borrow().ok()?.width_to_draw())
    }

    fn draw(&self, width: f64, force: bool) {
        with(self, |m| m.render_at(width, force));
    }

    fn read(&self, event: PageEvent) -> Option<Theme> {
        let PageEvent::Scheme = event else { return None };
        let mounted = self.upgrade()?;
        let mounted = mounted.try_borrow().ok()?;
        // A theme the page got wrong is reported on the console, as `with` reports a failed step.
        mounted.new_theme().unwrap_or_else(|e| {
            web_sys::console::error_1(&e);
            None
        })
    }

    fn apply(&self, event: PageEvent, theme: Option<Theme>) -> bool {
        let mut changed = false;
        with(self, |m| {
            match (event, theme) {
                (PageEvent::Scheme, Some(theme)) => m.wear(theme)?,
                (PageEvent::Scheme, None) => return Ok(()),
                (PageEvent::Print { before }, _) => m.set_printing(before)?,
            }
            changed = true;
            Ok(())
        });
        changed
    }
}
