//! "Copy image": the chart as a PNG (at print resolution, with its titles, notes and source) on
//! the clipboard, where Word and PowerPoint paste it. The PNG is made and wrapped in a
//! ClipboardItem within the click, as browsers require; where the browser has no image
//! clipboard or refuses, the toolbar says so and points at "Download PNG" beside it.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::mounted::{Mounted, PRINT_RATIO};

const COPIED: &str = "Copied: paste the chart into Word or PowerPoint.";
const REFUSED: &str = "This browser did not allow copying the image; use Download PNG instead.";

pub fn copy_image(m: &Mounted) -> Result<(), JsValue> {
    let Some(toolbar) = m.dom.toolbar() else { return Ok(()) };
    let status = toolbar.status.clone();
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let navigator = Reflect::get(&window, &"navigator".into())?;
    let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
    let item_type = Reflect::get(&window, &"ClipboardItem".into())?;
    let write = if clipboard.is_object() { Reflect::get(&clipboard, &"write".into())? } else { JsValue::UNDEFINED };
    let (Some(write), Some(item_type)) = (write.dyn_ref::<Function>(), item_type.dyn_ref::<Function>()) else {
        status.set_text_content(Some(REFUSED));
        return Ok(());
    };
    // The data URL's bytes as a Blob, made here and now: a data: URL fetched would meet a
    // strict Content-Security-Policy's connect-src.
    let url = m.png(PRINT_RATIO)?;
    let base64 = url.split_once(',').map_or("", |(_, b)| b);
    let binary = window.atob(base64)?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/png");
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&Array::of1(&Uint8Array::from(&bytes[..])), &options)?;
    let record = Object::new();
    Reflect::set(&record, &"image/png".into(), &blob)?;
    let item = Reflect::construct(item_type, &Array::of1(&record))?;
    let promise: Promise = write.call1(&clipboard, &Array::of1(&item))?.dyn_into()?;
    let (done, refused) = (status.clone(), status);
    let on_done = Closure::<dyn FnMut(JsValue)>::new(move |_| done.set_text_content(Some(COPIED)));
    let on_refused = Closure::<dyn FnMut(JsValue)>::new(move |_| refused.set_text_content(Some(REFUSED)));
    let _ = promise.then2(&on_done, &on_refused);
    if let Ok(mut kept) = toolbar.copied.try_borrow_mut() {
        kept.push(on_done);
        kept.push(on_refused);
    }
    Ok(())
}
