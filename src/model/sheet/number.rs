//! A stored number written as a spreadsheet program holds it, whichever way the file wrote it
//! (`37267.940000000002`, `7.0000000000000007E-2`).

/// A number as a spreadsheet program holds it: to 15 significant digits, in its shortest form
/// (`0.30000000000000004`, a sum's binary noise, is the 0.3 the cell shows and exports).
pub fn fifteen_digits(number: f64) -> String {
    let shortest = format!("{number}");
    let digits = shortest.bytes().filter(u8::is_ascii_digit).skip_while(|&d| d == b'0').count();
    if digits <= 15 {
        return shortest;
    }
    format!("{number:.14e}").parse::<f64>().map_or(shortest, |rounded| format!("{rounded}"))
}

/// A stored number's text in that form; text that is not a number is kept as it is.
pub fn stored(text: &str) -> String {
    match text.trim().parse::<f64>() {
        Ok(number) if number.is_finite() => fifteen_digits(number),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_keep_fifteen_significant_digits() {
        assert_eq!(super::fifteen_digits(0.1 + 0.2), "0.3");
        assert_eq!(super::fifteen_digits(61.4999), "61.4999");
        assert_eq!(super::fifteen_digits(37_267.94), "37267.94");
        assert_eq!(super::fifteen_digits(-0.000_012_5), "-0.0000125");
        assert_eq!(super::fifteen_digits(1e20), "100000000000000000000");
    }

    #[test]
    fn exponents_are_written_out() {
        assert_eq!(super::stored("7.0000000000000007E-2"), "0.07");
        assert_eq!(super::stored("1.5E3"), "1500");
        assert_eq!(super::stored("n/a"), "n/a");
    }
}
