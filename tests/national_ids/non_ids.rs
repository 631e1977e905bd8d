//! Realistic strings that are not identity numbers but share their shapes:
//! what reports and requests are full of. Generated deterministically; all
//! numbers are made up, addresses are from documentation ranges, domains
//! end in `.example`.

use super::rng::{Rng, date, luhn_complete, text};

pub struct Category {
    pub name: &'static str,
    pub count: usize,
    pub generate: fn(&mut Rng) -> String,
}

pub const CATEGORIES: [Category; 17] = [
    Category {
        name: "compact timestamp YYYYMMDDhhmm",
        count: 1000,
        generate: |r| stamp(r, "%Y%m%d%H%M"),
    },
    Category {
        name: "compact timestamp YYYYMMDDhhmmss",
        count: 500,
        generate: |r| stamp(r, "%Y%m%d%H%M%S"),
    },
    Category {
        name: "compact timestamp YYMMDDhhmmss",
        count: 500,
        generate: |r| stamp(r, "%y%m%d%H%M%S"),
    },
    Category {
        name: "file name with a timestamp",
        count: 1000,
        generate: file_name,
    },
    Category {
        name: "platform id, 10-20 digits",
        count: 1500,
        generate: |r| {
            let len = r.range(10, 20) as usize;
            first_nonzero(r, len)
        },
    },
    Category {
        name: "epoch milliseconds (2015-2026)",
        count: 1000,
        generate: |r| r.range(1_420_070_400_000, 1_798_761_599_999).to_string(),
    },
    Category {
        name: "epoch seconds",
        count: 300,
        generate: |r| r.range(1_420_070_400, 1_798_761_599).to_string(),
    },
    Category {
        name: "order number, 12 digits",
        count: 700,
        generate: |r| first_nonzero(r, 12),
    },
    Category {
        name: "order or transaction reference",
        count: 700,
        generate: reference,
    },
    Category {
        name: "16-digit number",
        count: 500,
        generate: |r| first_nonzero(r, 16),
    },
    Category {
        name: "phone number, E.164",
        count: 500,
        generate: e164,
    },
    Category {
        name: "phone number, national form",
        count: 1000,
        generate: national_phone,
    },
    Category {
        name: "IMEI",
        count: 500,
        generate: imei,
    },
    Category {
        name: "card-like number",
        count: 500,
        generate: card,
    },
    Category {
        name: "hash (MD5, SHA-1, SHA-256)",
        count: 500,
        generate: hash,
    },
    Category {
        name: "IP address with port",
        count: 500,
        generate: ip_port,
    },
    Category {
        name: "URL with a numeric id",
        count: 300,
        generate: url,
    },
];

fn first_nonzero(r: &mut Rng, len: usize) -> String {
    let mut d = vec![r.range(1, 9) as u8];
    d.extend(r.digits(len - 1));
    text(&d)
}

fn stamp(r: &mut Rng, format: &str) -> String {
    let (y, m, d) = date(r, (2015, 2026));
    let (h, mi, s) = (r.range(0, 23), r.range(0, 59), r.range(0, 59));
    format
        .replace("%Y", &format!("{y:04}"))
        .replace("%y", &format!("{:02}", y % 100))
        .replace("%m", &format!("{m:02}"))
        .replace("%d", &format!("{d:02}"))
        .replace("%H", &format!("{h:02}"))
        .replace("%M", &format!("{mi:02}"))
        .replace("%S", &format!("{s:02}"))
}

fn file_name(r: &mut Rng) -> String {
    let ext = *r.pick(&["jpg", "png", "mp4", "heic", "mov"]);
    match r.range(0, 4) {
        0 => format!("{}.{ext}", stamp(r, "%Y%m%d%H%M")),
        1 => format!("IMG_{}.{ext}", stamp(r, "%Y%m%d_%H%M%S")),
        2 => format!("VID-{}-WA{:04}.{ext}", stamp(r, "%Y%m%d"), r.range(0, 9999)),
        3 => format!("Screenshot_{}.{ext}", stamp(r, "%Y%m%d-%H%M%S")),
        _ => format!("{}_{}.{ext}", first_nonzero(r, 12), r.range(1, 99)),
    }
}

fn reference(r: &mut Rng) -> String {
    match r.range(0, 4) {
        0 => format!("ORD-{}-{:08}", r.range(2015, 2026), r.range(1, 99_999_999)),
        1 => format!("TXN{}", first_nonzero(r, 12)),
        2 => format!(
            "{:03}-{:07}-{:07}",
            r.range(100, 999),
            r.range(0, 9_999_999),
            r.range(0, 9_999_999)
        ),
        3 => format!("INV/{}/{:06}", r.range(2015, 2026), r.range(1, 999_999)),
        _ => format!("PO{}", first_nonzero(r, 10)),
    }
}

fn e164(r: &mut Rng) -> String {
    let (cc, len) = *r.pick(&[
        ("65", 8),
        ("82", 10),
        ("91", 10),
        ("81", 10),
        ("62", 11),
        ("66", 9),
        ("60", 9),
        ("84", 9),
        ("63", 10),
        ("92", 10),
        ("94", 9),
        ("61", 9),
    ]);
    let spaced = r.chance(30);
    let number = first_nonzero(r, len);
    if spaced {
        format!("+{cc} {number}")
    } else {
        format!("+{cc}{number}")
    }
}

/// Indonesian mobile prefixes, after the leading 0.
const ID_MOBILE: [u32; 36] = [
    811, 812, 813, 814, 815, 816, 817, 818, 819, 821, 822, 823, 831, 832, 833, 838, 851, 852, 853,
    855, 856, 857, 858, 859, 877, 878, 881, 882, 883, 884, 885, 886, 887, 888, 889, 895,
];

fn national_phone(r: &mut Rng) -> String {
    let d = |r: &mut Rng, n: usize| text(&r.digits(n));
    match r.range(0, 9) {
        0 => format!("010-{}-{}", d(r, 4), d(r, 4)),
        1 => format!("090-{}-{}", d(r, 4), d(r, 4)),
        2 => format!("0{}-{}-{}", r.pick(&ID_MOBILE), d(r, 4), d(r, 4)),
        3 => format!("0{}{}", r.pick(&ID_MOBILE), d(r, 8)),
        4 => format!("0{} {} {}", r.range(81, 99), d(r, 3), d(r, 4)),
        5 => format!("{} {}", r.range(70000, 99999), d(r, 5)),
        6 => format!("(02) {} {}", d(r, 4), d(r, 4)),
        7 => format!("07{}{}", r.range(0, 8), d(r, 7)),
        8 => format!("03{} {}", r.range(0, 49), d(r, 7)),
        _ => format!("09{} {} {}", r.range(0, 9), d(r, 3), d(r, 4)),
    }
}

fn imei(r: &mut Rng) -> String {
    let mut d = vec![3, 5];
    d.extend(r.digits(12));
    d.push(luhn_complete(&d));
    let t = text(&d);
    if r.chance(30) {
        format!("{}-{}-{}-{}", &t[..2], &t[2..8], &t[8..14], &t[14..])
    } else {
        t
    }
}

fn card(r: &mut Rng) -> String {
    const PREFIXES: [&[u8]; 6] = [&[4], &[5, 1], &[5, 5], &[3, 5], &[6, 2], &[6, 5]];
    let mut d = r.pick(&PREFIXES).to_vec();
    d.extend(r.digits(15 - d.len()));
    d.push(luhn_complete(&d));
    let t = text(&d);
    match r.range(0, 2) {
        0 => t,
        1 => format!("{} {} {} {}", &t[..4], &t[4..8], &t[8..12], &t[12..]),
        _ => format!("{}-{}-{}-{}", &t[..4], &t[4..8], &t[8..12], &t[12..]),
    }
}

fn hash(r: &mut Rng) -> String {
    let len = *r.pick(&[32, 40, 64]);
    let hex: String = (0..len)
        .map(|_| char::from(b"0123456789abcdef"[r.range(0, 15) as usize]))
        .collect();
    if r.chance(20) {
        hex.to_uppercase()
    } else {
        hex
    }
}

fn ip_port(r: &mut Rng) -> String {
    let net = *r.pick(&["192.0.2", "198.51.100", "203.0.113"]);
    let port = r.range(1, 65535);
    if r.chance(20) {
        format!("[2001:db8::{:x}]:{port}", r.range(1, 0xffff))
    } else {
        format!("{net}.{}:{port}", r.range(1, 254))
    }
}

fn url(r: &mut Rng) -> String {
    let len = r.range(10, 19) as usize;
    let id = first_nonzero(r, len);
    match r.range(0, 2) {
        0 => format!("https://social.example/u/{id}"),
        1 => format!("https://video.example/watch?v={id}&t=30"),
        _ => format!(
            "https://chat.example/channels/{id}/{}",
            first_nonzero(r, 18)
        ),
    }
}
