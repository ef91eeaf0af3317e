//! A KPI's scenes: the line (with its key, intervals and time axis), the sparkline and a
//! tile's spark, the bullet, every council's distribution, and the status mark they share.

pub mod bullet;
pub mod distribution;
pub mod interval;
pub mod line;
pub mod line_key;
pub mod map;
pub mod reduce;
pub mod spark;
pub mod sparkline;
pub mod status_mark;
pub mod tile;
pub mod time_axis;
