//! The national-ID finder and guard.

#[allow(dead_code)]
#[path = "../national_ids/ids.rs"]
mod ids;
#[allow(dead_code)]
#[path = "../national_ids/rng.rs"]
mod rng;

use casebridge::domain::country::CountryCode;
use casebridge::domain::national_id::{Field, NationalIdKind, Severity, find, judge};
use proptest::prelude::*;

use crate::{config, messy};
use ids::{KINDS, Needs};

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn any_text_is_scanned_without_panicking_and_spans_are_inside_it(
        text in messy(), places in proptest::collection::vec("[A-Z]{2}", 0..3)
    ) {
        let places: Vec<CountryCode> = places.iter().filter_map(|p| CountryCode::parse(p)).collect();
        for f in find(&text) {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
        for field in [Field::Text, Field::Identifier] {
            for flag in judge(&text, field, &places) {
                prop_assert!(text.is_char_boundary(flag.start) && text.is_char_boundary(flag.end));
                prop_assert!(flag.start < flag.end && flag.end <= text.len());
            }
        }
    }

    /// Letter-and-checksum numbers carry their proof in their shape: in any
    /// of the ways people write them, inside any sentence, in any field,
    /// they are refused, and the flag covers the number as written.
    #[test]
    fn a_lettered_id_written_any_way_is_refused_in_every_field(
        seed in any::<u64>(),
        which in prop::sample::select(vec![
            NationalIdKind::SgNricFin, NationalIdKind::HkHkid, NationalIdKind::TwNationalId,
        ]),
        before in "[a-z가-힣 ]{0,12}", after in "[a-z가-힣 .,]{0,12}",
    ) {
        let kind = KINDS.iter().find(|k| k.kind == which).unwrap();
        let mut rng = rng::Rng::new(seed);
        for written in (kind.generate)(&mut rng) {
            if written.needs != Needs::Nothing {
                continue;
            }
            let text = format!("{before} {} {after}", written.text);
            let start = before.len() + 1;
            for field in [Field::Text, Field::Identifier] {
                let flags = judge(&text, field, &[]);
                let hit = flags.iter().find(|f| f.start <= start && f.end >= start + written.text.trim().len());
                prop_assert!(
                    hit.is_some_and(|f| f.severity == Severity::Error && f.kinds.contains(&which)),
                    "{} ({}) in {:?}: {:?}", written.text, written.form, field, flags
                );
            }
        }
    }

    /// A digit-only number with its label in front is an error in free
    /// text, in whichever form it was written.
    #[test]
    fn a_labelled_number_is_refused_in_free_text(seed in any::<u64>(), k in 0..KINDS.len()) {
        let kind = &KINDS[k];
        let mut rng = rng::Rng::new(seed);
        let country = CountryCode::parse(kind.kind.country_code()).unwrap();
        for written in (kind.generate)(&mut rng) {
            let label = kind.labels[0];
            let text = format!("{label} {}", written.text);
            let flags = judge(&text, Field::Text, &[country]);
            prop_assert!(
                flags.iter().any(|f| f.kinds.contains(&kind.kind) && f.severity == Severity::Error),
                "{text:?} ({}): {flags:?}", written.form
            );
        }
    }
}
