//! Every locale is complete, and every key the code uses exists. A locale
//! that lacks a key would silently show English; a missing key would show
//! "Unknown localization key" to a user.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;

/// key -> the placeable names its message uses.
fn messages(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    messages_in(dir, &paths)
}

/// The same for some files of a folder.
fn messages_in(dir: &Path, paths: &[std::path::PathBuf]) -> BTreeMap<String, BTreeSet<String>> {
    let key_re = Regex::new(r"^([a-z][a-z0-9-]*)\s*=\s*(.*)$").unwrap();
    // A placeable, or the selector that opens a plural message.
    let var_re = Regex::new(r"\{\s*\$([a-z_]+)\s*(?:\}|->)").unwrap();
    let mut out = BTreeMap::new();
    for path in paths {
        if path.extension().is_some_and(|e| e == "ftl") {
            for line in std::fs::read_to_string(path).unwrap().lines() {
                if let Some(c) = key_re.captures(line) {
                    let vars = var_re
                        .captures_iter(&c[2])
                        .map(|v| v[1].to_string())
                        .collect();
                    let dup = out.insert(c[1].to_string(), vars);
                    assert!(
                        dup.is_none(),
                        "{} is defined twice in {}",
                        &c[1],
                        dir.display()
                    );
                }
            }
        }
    }
    out
}

fn locale_dirs() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = std::fs::read_dir("locales")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The files a PDF-label locale translates in full: the package engine's
/// own words.
const PDF_LABEL_FILES: &[&str] = &["package.ftl"];

/// Where the labels of the documents' PDFs come from: the projections
/// (section titles, row labels, table columns) and the packaging code.
const PDF_LABEL_SOURCES: &[&str] = &["src/app/projection", "src/app/packaging"];

fn is_pdf_label_locale(dir: &Path) -> bool {
    let tag = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    casebridge::i18n::Locale::pdf_labels().any(|l| l.tag() == tag)
}

/// The English keys a package PDF prints as labels: the key-shaped literals
/// of the projection and packaging sources that English defines, outside
/// the calls that render values (which a PDF prints in English): `t("…")`,
/// `tr("…")`, `t_args("…"`, `choice("…"`, `person_title(cx, "…"`.
fn pdf_label_keys(en: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let literal = Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let value = Regex::new(
        r#"(?:\.t|\btr|\bt_args|\bchoice)\(\s*"[a-z][a-z0-9-]*"|\bperson_title\(\s*cx,\s*"[a-z][a-z0-9-]*""#,
    )
    .unwrap();
    let mut paths = Vec::new();
    for dir in PDF_LABEL_SOURCES {
        files(dir, "rs", &mut paths);
    }
    let mut labels = BTreeSet::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let outside_values = value.replace_all(&text, "");
        labels.extend(
            literal
                .captures_iter(&outside_values)
                .map(|c| c[1].to_string())
                .filter(|k| en.contains_key(k)),
        );
    }
    labels
}

#[test]
fn every_locale_has_exactly_the_english_keys_with_the_same_placeables() {
    let all_en = messages(Path::new("locales/en"));
    assert!(all_en.len() > 50, "English looks incomplete");
    let en_dir = Path::new("locales/en");
    let pdf_en = messages_in(
        en_dir,
        &PDF_LABEL_FILES
            .iter()
            .map(|f| en_dir.join(f))
            .collect::<Vec<_>>(),
    );
    assert!(pdf_en.contains_key("package-sensitive"), "{pdf_en:?}");
    let labels = pdf_label_keys(&all_en);
    for key in [
        "report-section-incident",
        "request-step-targets",
        "target-kind",
    ] {
        assert!(
            labels.contains(key),
            "the label scan misses {key}: {labels:?}"
        );
    }
    assert!(
        !labels.contains("report-verified"),
        "a value key is counted"
    );
    for dir in locale_dirs() {
        // A PDF-label locale has the package engine's words and every
        // label a document's PDF prints; it may have no other key.
        let required: BTreeSet<&String> = if is_pdf_label_locale(&dir) {
            pdf_en.keys().chain(labels.iter()).collect()
        } else {
            all_en.keys().collect()
        };
        let other = messages(&dir);
        let missing: Vec<_> = required
            .iter()
            .filter(|k| !other.contains_key(**k))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", dir.display());
        let extra: Vec<_> = other.keys().filter(|k| !all_en.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{} has keys English does not: {extra:?}",
            dir.display()
        );
        for (k, vars) in &other {
            assert_eq!(
                &all_en[k],
                vars,
                "{}: {k} uses other placeables",
                dir.display()
            );
        }
    }
}

#[test]
fn every_locale_folder_is_a_complete_or_a_pdf_label_locale() {
    use casebridge::i18n::Locale;
    for dir in locale_dirs() {
        let tag = dir.file_name().unwrap().to_str().unwrap().to_string();
        assert!(
            Locale::all()
                .chain(Locale::pdf_labels())
                .any(|l| l.tag() == tag),
            "locales/{tag} is neither in SUPPORTED nor in PDF_LABELS"
        );
    }
    for l in Locale::pdf_labels() {
        assert!(Path::new("locales").join(l.tag()).is_dir(), "{}", l.tag());
        assert!(l.has_key("package-sensitive"), "{} does not load", l.tag());
        assert!(!l.is_complete());
    }
}

#[test]
fn every_supported_locale_has_a_folder_and_loads() {
    for l in casebridge::i18n::Locale::all() {
        assert!(
            Path::new("locales").join(l.tag()).is_dir(),
            "no folder for {}",
            l.tag()
        );
        assert!(l.has_key("login-title"), "{} does not load", l.tag());
    }
}

fn files(dir: &str, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(path.to_str().unwrap(), ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Keys named in code: `t("…")`, `t1("…"`, `t2("…"`, `t_args("…"`,
/// `Msg::new("…")`, `Label::from_key("…"`, `Label::from_key_args("…"`, validator `code = "…"`, and `=> "…"` arms of the
/// `label_key`/`message_key` functions. In templates also the key-shaped
/// literals passed to page-kit macros.
fn used_keys() -> BTreeSet<(String, String)> {
    let call = Regex::new(
        r#"\b(?:t|t1|t2|t_args|Msg::new|from_key|from_key_args)\(\s*"([a-z][a-z0-9-]*)""#,
    )
    .unwrap();
    let code = Regex::new(r#"code = "([a-z][a-z0-9-]*)""#).unwrap();
    let arm = Regex::new(r#"=> "([a-z]+(?:-[a-z0-9]+)+)","#).unwrap();
    let macro_call = Regex::new(r"\{%\s*call\s+kit::[a-z_]+\((.*?)\)\s*%\}").unwrap();
    let literal = Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let mut found = BTreeSet::new();
    let mut paths = Vec::new();
    files("src", "rs", &mut paths);
    files("templates", "html", &mut paths);
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        for re in [&call, &code] {
            for c in re.captures_iter(&text) {
                found.insert((c[1].to_string(), name.clone()));
            }
        }
        if name.ends_with(".rs") {
            for c in arm.captures_iter(&text) {
                found.insert((c[1].to_string(), name.clone()));
            }
        } else {
            for m in macro_call.captures_iter(&text) {
                let args = &m[1];
                for c in literal.captures_iter(args) {
                    // Named arguments that take HTML tokens, not messages.
                    let before = args[..c.get(0).map_or(0, |g| g.start())].trim_end();
                    let token = ["autocomplete=", "kind=", "width="]
                        .iter()
                        .any(|p| before.ends_with(p));
                    if !token {
                        found.insert((c[1].to_string(), name.clone()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_key_the_code_uses_exists_in_english() {
    let en = messages(Path::new("locales/en"));
    let used = used_keys();
    assert!(used.len() > 50, "the scan found too little: {}", used.len());
    let missing: Vec<_> = used.iter().filter(|(k, _)| !en.contains_key(k)).collect();
    assert!(
        missing.is_empty(),
        "keys used but not defined in locales/en: {missing:?}"
    );
}

#[test]
fn role_and_kind_labels_exist() {
    use casebridge::domain::{org::OrgKind, role::Role};
    let en = messages(Path::new("locales/en"));
    for r in Role::ALL {
        assert!(en.contains_key(r.label_key()), "{r}");
    }
    for k in OrgKind::ALL {
        assert!(en.contains_key(k.label_key()), "{k}");
    }
}
