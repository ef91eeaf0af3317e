//! A judgement table's scenes: the grid, each area's journey, and every council's grades.

pub mod grid;
pub mod journey;
pub mod map;
pub mod national;
