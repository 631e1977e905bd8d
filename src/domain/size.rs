//! File sizes as people read them: "31.9 KB", not "32671 B".

/// `bytes` in bytes, KB or MB (of 1024), with one decimal where it helps.
pub fn readable(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if b < KB * KB {
        one_decimal(b / KB, "KB")
    } else {
        one_decimal(b / (KB * KB), "MB")
    }
}

/// "31.9 KB", and "12 KB" rather than "12.0 KB".
fn one_decimal(v: f64, unit: &str) -> String {
    let text = format!("{v:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} {unit}")
}

#[cfg(test)]
mod tests {
    use super::readable;

    #[test]
    fn sizes_read_in_bytes_kilobytes_and_megabytes() {
        assert_eq!(readable(0), "0 bytes");
        assert_eq!(readable(1023), "1023 bytes");
        assert_eq!(readable(1024), "1 KB");
        assert_eq!(readable(32_671), "31.9 KB");
        assert_eq!(readable(5 * 1024 * 1024), "5 MB");
        assert_eq!(readable(10_400_000), "9.9 MB");
    }
}
