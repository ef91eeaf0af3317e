//! A map of England's councils: the hex layouts and each council of the data placed on its hex.

pub mod layout;
pub mod place;

pub use layout::{region_in_words, region_name, Hex, Tier, REGIONS};
pub use place::{place, Item, Placed};
