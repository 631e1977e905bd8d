//! Step 5: the files, by hash only. There is no upload field: casebridge
//! never takes the material itself. Whoever says a person viewed a file
//! attests it with their name and the time, because courts have excluded
//! files nobody at the platform had opened.

use super::*;
use crate::app::projection::report::{file, review_text};
use crate::domain::report::{
    FileAnnotation, FileHash, HashKind, HashProblem, HumanReview, IndustryClassification,
    Relevance, ReportedFile,
};

const MAX_FILES: usize = 100;
const HASHES: [HashKind; 5] = [
    HashKind::Md5,
    HashKind::Sha1,
    HashKind::Sha256,
    HashKind::Pdq,
    HashKind::Photodna,
];
const RELEVANCE: [Relevance; 2] = [Relevance::Reported, Relevance::SupplementalReported];
const ANNOTATIONS: [FileAnnotation; 10] = [
    FileAnnotation::AnimeDrawingVirtualHentai,
    FileAnnotation::PotentialMeme,
    FileAnnotation::Viral,
    FileAnnotation::PossibleSelfProduction,
    FileAnnotation::PhysicalHarm,
    FileAnnotation::ViolenceGore,
    FileAnnotation::Bestiality,
    FileAnnotation::LiveStreaming,
    FileAnnotation::Infant,
    FileAnnotation::GenerativeAi,
];
const CLASSES: [IndustryClassification; 4] = [
    IndustryClassification::A1,
    IndustryClassification::A2,
    IndustryClassification::B1,
    IndustryClassification::B2,
];

fn hash_field(k: HashKind) -> String {
    format!("hash_{}", enum_str(&k))
}

fn list_page(s: Page) -> ListPage {
    let cx = projection(&s.state, &s.ctx);
    let parts = (s.draft.body.files.iter().enumerate())
        .map(|(i, f)| (file(&cx, i, f), None))
        .collect();
    let texts = SectionTexts {
        question: "report-files-question",
        intro: "report-files-intro",
        none: "report-files-none",
        add: "report-files-add",
        add_another: "report-files-add-another",
        why: "report-files-why",
    };
    section_page(s, "files", texts, parts, "victims", 6)
}

pub(super) async fn list(Opened(s): Opened<Reports>) -> Result<Response, AppError> {
    s.show(list_page)
}

/// Files are optional here; a destination that needs them says so on
/// check-your-answers.
pub(super) async fn list_submit(Posted(s): Posted<Reports>) -> Result<Response, AppError> {
    Ok(s.next("livestream"))
}

/// A hash box of the file page.
struct HashBox {
    name: String,
    label: String,
}

#[derive(Template)]
#[template(path = "reports/file.html")]
struct FilePage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    hashes: Vec<HashBox>,
    choices: Vec<Choice>,
    relevance: Vec<Choice>,
    annotations: Vec<Choice>,
    classes: Vec<Choice>,
    /// Who attested the file already, if anyone.
    attested: String,
    /// The signed-in member, who attests by ticking the box.
    me: String,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn file_page(s: Page, slot: Option<usize>) -> FilePage {
    let Step {
        ref state,
        ctx,
        ref draft,
        form,
        ..
    } = s;
    let id = draft.doc.public_id.clone();
    let attested = slot
        .and_then(|i| draft.body.files.get(i))
        .filter(|f| f.review_attested())
        .map(|f| review_text(&projection(state, &ctx), f))
        .unwrap_or_default();
    FilePage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        hashes: HASHES
            .iter()
            .map(|k| HashBox {
                name: hash_field(*k),
                label: k.ncmec_name().to_string(),
            })
            .collect(),
        choices: yes_no(&ctx),
        relevance: enum_choices(&ctx, "report-file-relevance", &RELEVANCE),
        annotations: enum_choices(&ctx, "report-file-annotation", &ANNOTATIONS),
        classes: enum_choices(&ctx, "report-file-class", &CLASSES),
        attested,
        me: ctx
            .user
            .as_ref()
            .map(|u| u.display_name.clone())
            .unwrap_or_default(),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 6,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn edit(
    Path((_, n)): Path<(String, String)>,
    Opened(mut s): Opened<Reports>,
) -> Result<Response, AppError> {
    let files = &s.draft.body.files;
    let at = slot(files.len(), MAX_FILES, &n)?;
    if let Some(i) = at {
        let (f, form) = (&files[i], &mut s.form);
        form.set("file_name", f.file_name.as_str());
        for h in &f.hashes {
            form.set(&hash_field(h.kind), h.value.as_str());
        }
        set_bool(form, "viewed", f.viewed_by_person);
        if let Some(r) = &f.review {
            form.set("hash_list", r.hash_list.as_str());
        }
        set_bool(form, "publicly_available", f.publicly_available);
        if let Some(r) = f.relevance {
            form.set("relevance", enum_str(&r));
        }
        for a in &f.annotations {
            form.add("annotations", enum_str(a));
        }
        if let Some(c) = f.industry_classification {
            form.set("classification", enum_str(&c));
        }
        form.set("location_url", f.location_url.as_str());
        form.set("additional_info", f.additional_info.as_str());
    }
    s.show(|s| file_page(s, at))
}

pub(super) async fn edit_submit(
    Path((_, n)): Path<(String, String)>,
    Posted(mut s): Posted<Reports>,
) -> Result<Response, AppError> {
    let files = &s.draft.body.files;
    let at = slot(files.len(), MAX_FILES, &n)?;
    let base = at.map(|i| files[i].clone()).unwrap_or_default();
    let zone = default_zone(&s.state, &s.user, &s.draft.body);
    let countries = national_id_jurisdictions(&s.draft.body);
    let now = s.state.now();
    let Some(file) = read_file(&s.ctx, &mut s.form, &s.user, &zone, now, base, &countries) else {
        return s.refuse(|s| file_page(s, at));
    };
    let i = put(&mut s.draft.body.files, at, file);
    // Rule findings on this file (a classification on a supplemental
    // file, say) are shown here rather than only at the end.
    if let Some(o) = outcome(&s.state, &s.draft.body) {
        let aliases = [("viewed_by_person", "viewed"), ("review", "attest")];
        let prefix = format!("files[{i}]");
        show_rule_errors(&s.ctx, &mut s.form, &o.errors, &prefix, &aliases);
        if s.form.has_errors() {
            return s.refuse(|s| file_page(s, at));
        }
    }
    let to = s.href("files");
    s.save_element(to, |s| file_page(s, at)).await
}

/// The form over `base`, or `None` with every problem on the form.
fn read_file(
    ctx: &Ctx,
    form: &mut Form,
    user: &User,
    zone: &str,
    now: jiff::Timestamp,
    base: ReportedFile,
    countries: &[CountryCode],
) -> Option<ReportedFile> {
    let mut f = base;
    let before = std::mem::take(&mut f.hashes);
    f.file_name = text(ctx, form, "file_name", 300);
    for kind in HASHES {
        let name = hash_field(kind);
        if form.value(&name).trim().is_empty() {
            continue;
        }
        match FileHash::parse(kind, form.value(&name)) {
            Ok(h) => f.hashes.push(h),
            Err(p) => {
                let message = match p {
                    HashProblem::Length { expected, found } => ctx.t_args(
                        "report-hash-length",
                        &[
                            ("kind", kind.ncmec_name()),
                            ("expected", &expected.to_string()),
                            ("found", &found.to_string()),
                        ],
                    ),
                    HashProblem::Alphabet => {
                        ctx.t1("report-hash-alphabet", "kind", kind.ncmec_name())
                    }
                    HashProblem::Empty => ctx.t("report-hash-empty"),
                };
                form.add_error(&name, message);
            }
        }
    }
    if f.hashes.is_empty() && !form.has_errors() {
        form.add_error(
            &hash_field(HashKind::Md5),
            ctx.t("report-file-hash-missing"),
        );
    }
    if f.hashes != before {
        // Other hashes are another file: what someone viewed does not
        // carry over to it.
        f.review = None;
    }
    let viewed = read_bool(form, "viewed");
    if viewed.is_none() {
        form.add_error("viewed", ctx.t("report-viewed-unanswered"));
    }
    let hash_list = text(ctx, form, "hash_list", 300);
    let attest_now = form.has("attest", "yes");
    match viewed {
        Some(true) if attest_now => {
            f.review = Some(HumanReview {
                reviewer: user.display_name.clone(),
                at: Moment::new(now, zone),
                hash_list,
            });
        }
        Some(true) if f.review_attested() => {
            if let Some(r) = f.review.as_mut() {
                r.hash_list = hash_list;
            }
        }
        Some(true) => {
            form.add_error("attest", ctx.t("report-error-attest"));
        }
        _ => f.review = None,
    }
    f.viewed_by_person = viewed;
    f.publicly_available = read_bool(form, "publicly_available");
    f.relevance = enum_parse(form.value("relevance"));
    f.annotations = ANNOTATIONS
        .into_iter()
        .filter(|a| form.has("annotations", &enum_str(a)))
        .collect();
    f.industry_classification = enum_parse(form.value("classification"));
    f.location_url = text(ctx, form, "location_url", 2000);
    if !f.location_url.is_empty() && !web_url(&f.location_url) {
        form.add_error("location_url", ctx.t("report-error-url"));
    }
    f.additional_info = text(ctx, form, "additional_info", 3000);
    let typed = ["file_name", "location_url"];
    refuse_national_ids(ctx, form, &typed, Field::Identifier, countries);
    let words = ["hash_list", "additional_info"];
    refuse_national_ids(ctx, form, &words, Field::Text, countries);
    if form.has_errors() { None } else { Some(f) }
}

pub(super) async fn remove(
    Path((_, n)): Path<(String, String)>,
    Posted(s): Posted<Reports>,
) -> Result<Response, AppError> {
    let back = s.href("files");
    s.remove(&n, |r| Some(&mut r.files), back).await
}
