//! A funding plan's scenes: stacked bars, the waterfall and line by line, on the frame and
//! named rows they share.

pub mod lines;
pub mod named_rows;
pub mod plan_frame;
pub mod stacked;
pub mod waterfall;
